package org.leiojournal.privacy;

import java.net.SocketPermission;
import java.net.URLPermission;
import java.security.Permission;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * While open, refuses and records every attempt of this JVM to resolve a host name, connect, listen or accept: the
 * JDK asks the security manager before each (plain sockets, NIO channels, HttpClient, URL connections alike).
 * Everything else is allowed. Java 17 still lets a program install a security manager at run time.
 */
@SuppressWarnings({"removal", "deprecation"})
public final class NetworkGuard implements AutoCloseable {

    private final SecurityManager previous = System.getSecurityManager();
    private final List<String> attempts = new CopyOnWriteArrayList<>();

    private NetworkGuard() {
        System.setSecurityManager(new SecurityManager() {
            @Override
            public void checkPermission(Permission permission) {
                if (permission instanceof SocketPermission || permission instanceof URLPermission) {
                    attempts.add(permission.getClass().getSimpleName() + " " + permission.getName() + " "
                            + permission.getActions());
                    throw new SecurityException("Leio Journal must not use the network: " + permission);
                }
            }

            @Override
            public void checkPermission(Permission permission, Object context) {
                checkPermission(permission);
            }
        });
    }

    public static NetworkGuard install() {
        return new NetworkGuard();
    }

    /** What was tried while the guard was open, in order. */
    public List<String> attempts() {
        return List.copyOf(attempts);
    }

    @Override
    public void close() {
        System.setSecurityManager(previous);
    }
}
