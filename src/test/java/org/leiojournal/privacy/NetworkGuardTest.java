package org.leiojournal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.SocketChannel;
import org.junit.jupiter.api.Test;

/** The guard the no-network tests rely on catches each way a program reaches the network. */
class NetworkGuardTest {

    @Test
    void everyKindOfConnectionIsCaughtAndRefused() throws Exception {
        try (ServerSocket server = new ServerSocket(0)) {
            int port = server.getLocalPort();
            try (NetworkGuard guard = NetworkGuard.install()) {
                assertThrows(SecurityException.class, () -> new Socket("127.0.0.1", port).close());
                assertThrows(SecurityException.class,
                        () -> SocketChannel.open(new InetSocketAddress("127.0.0.1", port)).close());
                assertThrows(Exception.class, () -> HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/")).build(), HttpResponse.BodyHandlers.discarding()));
                assertThrows(SecurityException.class, () -> new ServerSocket(0).close());
                assertTrue(guard.attempts().size() >= 4, guard.attempts().toString());
            }
        }
        try (NetworkGuard guard = NetworkGuard.install()) {
            assertEquals(0, guard.attempts().size(), "a fresh guard has seen nothing");
        }
        new ServerSocket(0).close(); // closed, the guard is gone
    }
}
