package dev.guidepost.policy.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of Guidepost's values: generated classes stay package-private behind the
 * abstract value type, builders are the value's nested {@code Builder}, accessors carry no {@code
 * get} prefix, only JDK collections are used, and generated classes carry no annotation of
 * Immutables', so that a consumer compiles without Immutables' jar.
 */
@Target({ElementType.TYPE, ElementType.PACKAGE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    jdkOnly = true,
    defaults = @Value.Immutable(copy = false),
    optionalAcceptNullable = false,
    depluralize = true,
    // no @org.immutables.value.Generated on generated classes: Immutables' annotations are not
    // needed at run time, and a consumer compiling against a builder would miss that one
    allowedClasspathAnnotations = {Override.class})
public @interface ValueStyle {}
