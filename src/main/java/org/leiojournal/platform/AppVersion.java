package org.leiojournal.platform;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The version Maven wrote into app.properties at build time. */
public final class AppVersion {

    private AppVersion() {
    }

    public static String current() {
        Properties properties = new Properties();
        try (InputStream in = AppVersion.class.getResourceAsStream("/org/leiojournal/app.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            return "unknown";
        }
        return properties.getProperty("version", "unknown");
    }
}
