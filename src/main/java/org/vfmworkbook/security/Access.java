package org.vfmworkbook.security;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission a resource method needs: {@code @Access(Permission.EDIT_WORKBOOK)}. On a class it is the default for the class's
 * methods; a method's own wins. A matched method with neither is refused (403) by {@link AccessFilter}, and {@code RouteMatrixTest}
 * fails, so a new route cannot ship unguarded.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Access {
    Permission value();
}
