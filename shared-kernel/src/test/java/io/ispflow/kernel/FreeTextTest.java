package io.ispflow.kernel;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text people type is stripped, held to its length, and holds no character the databases or a screen would choke on. */
class FreeTextTest {

    @ParameterizedTest
    @ValueSource(strings = {"Main\u0000street", "Main\tstreet", "Main\nstreet", "\u001b[31mred", "bell\u0007", "del\u007f",
            "c1\u0085", "lone \ud800 surrogate", "other lone \udc00"})
    void aLineWithAControlCharacterOrALoneSurrogateIsRefused(String line) {
        assertThatThrownBy(() -> FreeText.optionalLine("site", line, 100)).isInstanceOf(InvalidValueException.class)
                .extracting("field").isEqualTo("site");
    }

    @Test
    void linesMayBreakAndHoldTabsButNoOtherControlCharacter() {
        assertThat(FreeText.optionalLines("address", "1 Lake Road\r\nLakeside\t(back door)", 500))
                .isEqualTo("1 Lake Road\r\nLakeside\t(back door)");
        assertThatThrownBy(() -> FreeText.optionalLines("address", "1 Lake Road\u0000", 500))
                .isInstanceOf(InvalidValueException.class);
    }

    @Test
    void theLengthIsCountedInCharactersAsTheDatabasesCountThem() {
        String fourEmoji = "\ud83d\udce1".repeat(4);

        assertThat(FreeText.requiredLine("name", fourEmoji, 4)).isEqualTo(fourEmoji);
        assertThatThrownBy(() -> FreeText.requiredLine("name", "x".repeat(5), 4)).isInstanceOf(InvalidValueException.class)
                .hasMessage("name must be at most 4 characters");
    }

    @Test
    void aMegabyteIsRefusedForItsLength() {
        assertThatThrownBy(() -> FreeText.optionalLine("fullName", "\u0000".repeat(1_000_000), 200))
                .hasMessage("fullName must be at most 200 characters");
    }

    @Test
    void textIsStrippedAndBlankOptionalTextIsNone() {
        assertThat(FreeText.optionalLine("site", "  Main street  ", 100)).isEqualTo("Main street");
        assertThat(FreeText.optionalLine("site", "   ", 100)).isNull();
        assertThat(FreeText.optionalLine("site", null, 100)).isNull();
        assertThatThrownBy(() -> FreeText.requiredLine("reason", " ", 200)).isInstanceOf(InvalidValueException.class)
                .hasMessage("reason must be 1 to 200 characters");
    }
}
