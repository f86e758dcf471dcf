package io.ispflow.server;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A bean that sends commands, so it exists only in processes that run the command role (see {@link Roles}). */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ConditionalOnExpression("'${ispflow.roles:}'.isBlank() or '${ispflow.roles:}'.contains('command')")
public @interface WithCommandRole {
}
