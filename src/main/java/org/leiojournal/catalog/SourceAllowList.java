package org.leiojournal.catalog;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The web hosts a medical data file may cite, kept in the data ({@code sources/allowed-hosts.json}) so a reviewer
 * can read and change the list without touching code. It keeps test servers, AI-answer sites, blogs and raw data
 * APIs out of what a patient reads: a test runs every address in every medical file through {@link #refuses}.
 */
public final class SourceAllowList {

    /** A named group of hosts, e.g. "NHS trusts and the NHS". */
    public record Group(String name, List<String> hosts) {
        public Group {
            Objects.requireNonNull(name, "name");
            hosts = List.copyOf(hosts);
        }
    }

    /** The file as written. */
    public record Hosts(LocalDate reviewedOn, LocalDate reviewDue, String note, List<Group> groups) {
        public Hosts {
            groups = List.copyOf(groups);
        }
    }

    private static final Pattern ADDRESS = Pattern.compile("https?://[^\\s)\"<>]+");
    private static final BundledFolder FILES = new BundledFolder("/org/leiojournal/sources/");
    private static final ReadOnce<SourceAllowList> BUNDLED = new ReadOnce<>(SourceAllowList::readBundled);
    private static final ObjectMapper MAPPER = CatalogJson.mapper();

    private final Hosts hosts;

    SourceAllowList(Hosts hosts) {
        this.hosts = hosts;
    }

    public static SourceAllowList bundled() {
        return BUNDLED.get();
    }

    private static SourceAllowList readBundled() {
        return FILES.read("allowed-hosts.json", in -> new SourceAllowList(MAPPER.readValue(in, Hosts.class)));
    }

    public Hosts hosts() {
        return hosts;
    }

    /** Every web address written in a text, in order. */
    public static List<String> addressesIn(String text) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ADDRESS.matcher(text);
        while (matcher.find()) {
            found.add(matcher.group());
        }
        return found;
    }

    /** True when the address cannot be read or its host is on none of the lists. */
    public boolean refuses(String address) {
        return group(address).isEmpty();
    }

    /** The group that allows this address, if any. */
    public Optional<Group> group(String address) {
        Optional<String> host = host(address);
        if (host.isEmpty()) {
            return Optional.empty();
        }
        return hosts.groups().stream()
                .filter(g -> g.hosts().stream().anyMatch(entry -> matches(host.get(), entry)))
                .findFirst();
    }

    /** The addresses in a text that are not allowed. */
    public List<String> refusedIn(String text) {
        return addressesIn(text).stream().filter(this::refuses).toList();
    }

    private static boolean matches(String host, String entry) {
        String wanted = entry.toLowerCase(Locale.ROOT);
        if (wanted.startsWith(".")) {
            return host.endsWith(wanted);
        }
        return host.equals(wanted) || host.equals("www." + wanted);
    }

    private static Optional<String> host(String address) {
        try {
            String host = new URI(address).getHost();
            return Optional.ofNullable(host).map(h -> h.toLowerCase(Locale.ROOT));
        } catch (URISyntaxException e) {
            return Optional.empty();
        }
    }
}
