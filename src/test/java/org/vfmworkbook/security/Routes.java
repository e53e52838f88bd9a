package org.vfmworkbook.security;

import java.io.IOException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

/** Every JAX-RS route in the application's own classes (not test-only resources), found by reflection: "GET /workbooks/{id}". */
final class Routes {

    /** One route: its verb, its path template as the router sees it, and the resource method it reaches. */
    record Route(String verb, String template, Method method) {

        /** As {@link RouteMatrix} names it: {@code "GET /workbooks/{id}"}. */
        String key() {
            return verb + " " + template;
        }

        /** The permission the method declares ({@link Access} on it or its class); null when it declares none. */
        Permission declared() {
            return AccessFilter.declared(method);
        }
    }

    private Routes() {}

    static List<Route> all() {
        List<Route> routes = new ArrayList<>();
        for (Class<?> resource : resourceClasses()) {
            String base = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (Method method : resource.getDeclaredMethods()) {
                String verb = verb(method);
                if (verb == null) {
                    continue;
                }
                jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                routes.add(new Route(verb, join(base, sub == null ? "" : sub.value()), method));
            }
        }
        return routes.stream()
                .sorted(java.util.Comparator.comparing(Route::key))
                .toList();
    }

    private static String join(String base, String sub) {
        String path = ("/" + base + "/" + sub).replaceAll("/+", "/");
        return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    }

    private static String verb(Method method) {
        if (method.isAnnotationPresent(GET.class)) {
            return "GET";
        }
        if (method.isAnnotationPresent(POST.class)) {
            return "POST";
        }
        if (method.isAnnotationPresent(PUT.class)) {
            return "PUT";
        }
        if (method.isAnnotationPresent(DELETE.class)) {
            return "DELETE";
        }
        if (method.isAnnotationPresent(PATCH.class)) {
            return "PATCH";
        }
        return method.isAnnotationPresent(HEAD.class) ? "HEAD" : null;
    }

    private static List<Class<?>> resourceClasses() {
        try {
            Path classes = Path.of(Routes.class
                            .getProtectionDomain()
                            .getCodeSource()
                            .getLocation()
                            .toURI())
                    .resolveSibling("classes");
            List<Class<?>> found = new ArrayList<>();
            try (Stream<Path> files = Files.walk(classes.resolve("org/vfmworkbook"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".class")
                                && !f.getFileName().toString().contains("$"))
                        .toList()) {
                    String name = classes.relativize(file)
                            .toString()
                            .replace('/', '.')
                            .replaceAll("\\.class$", "");
                    Class<?> type = Class.forName(name, false, Routes.class.getClassLoader());
                    if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                        found.add(type);
                    }
                }
            }
            return found;
        } catch (IOException | URISyntaxException | ClassNotFoundException problem) {
            throw new IllegalStateException("Cannot list the resource classes", problem);
        }
    }
}
