package io.ispflow.server.architecture;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The string constants of a compiled class: its literals and text blocks, with constants folded
 * into them and the fixed parts of concatenations, as the constant pool holds them (JVMS 4.4).
 */
final class ClassFileStrings {

    private static final int UTF8 = 1;
    private static final int STRING = 8;

    private ClassFileStrings() {
    }

    static List<String> of(URI classFile) {
        try (InputStream stream = classFile.toURL().openStream(); DataInputStream in = new DataInputStream(stream)) {
            in.skipNBytes(8); // magic, minor and major version
            int count = in.readUnsignedShort();
            Map<Integer, String> utf8 = new HashMap<>();
            List<Integer> strings = new ArrayList<>();
            for (int index = 1; index < count; index++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case UTF8 -> utf8.put(index, in.readUTF());
                    case STRING -> strings.add(in.readUnsignedShort());
                    case 7, 16, 19, 20 -> in.skipNBytes(2);          // class, method type, module, package
                    case 15 -> in.skipNBytes(3);                     // method handle
                    case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                    case 5, 6 -> {                                   // long and double take two entries
                        in.skipNBytes(8);
                        index++;
                    }
                    default -> throw new IllegalStateException("unknown constant tag " + tag + " in " + classFile);
                }
            }
            return strings.stream().map(utf8::get).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
