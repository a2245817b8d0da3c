package org.medcoord.example.demo;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command line: where the demo keeps its files and which database it uses.
 *
 * @param dataDir  the folder for the H2 database, the keys and the SMS outbox
 * @param jdbcUrl  a PostgreSQL (or H2) URL instead of the H2 file in {@code dataDir}
 * @param user     the database user, with {@code jdbcUrl}
 * @param password the database password, with {@code jdbcUrl}
 * @param help     whether only the usage was asked for
 */
record DemoOptions(Path dataDir, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password, boolean help) {

    static final String DEFAULT_DATA_DIR = "medcoord-demo-data";

    static final String USAGE = """
            usage: clinic-day [--data DIR] [--jdbc-url URL [--jdbc-user USER] [--jdbc-password PASSWORD]]
              --data DIR            folder for the embedded H2 database, the demo's keys and its SMS outbox
                                    (default ./medcoord-demo-data); run again on it to play the next day
              --jdbc-url URL        use this database instead, e.g. jdbc:postgresql://127.0.0.1:5432/test
              --jdbc-user USER      its user
              --jdbc-password PW    its password (or set MEDCOORD_DEMO_JDBC_PASSWORD)
              --help                this text""";

    /**
     * @throws IllegalArgumentException listing every problem with the arguments
     */
    static DemoOptions parse(String[] args) {
        Path data = Path.of(DEFAULT_DATA_DIR);
        String url = null;
        String user = null;
        String password = System.getenv("MEDCOORD_DEMO_JDBC_PASSWORD");
        boolean help = false;
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String value = null;
            int eq = arg.indexOf('=');
            String name = eq > 0 && arg.startsWith("--") ? arg.substring(0, eq) : arg;
            if (eq > 0 && arg.startsWith("--")) {
                value = arg.substring(eq + 1);
            }
            if (name.equals("--help") || name.equals("-h")) {
                help = true;
                continue;
            }
            if (!List.of("--data", "--jdbc-url", "--jdbc-user", "--jdbc-password").contains(name)) {
                problems.add("unknown option " + name);
                continue;
            }
            if (value == null) {
                if (i + 1 >= args.length) {
                    problems.add(name + " needs a value");
                    continue;
                }
                value = args[++i];
            }
            switch (name) {
                case "--data" -> data = Path.of(value);
                case "--jdbc-url" -> url = value;
                case "--jdbc-user" -> user = value;
                default -> password = value;
            }
        }
        if (url != null && !url.startsWith("jdbc:postgresql:") && !url.startsWith("jdbc:h2:")) {
            problems.add("--jdbc-url must be a jdbc:postgresql: or jdbc:h2: URL");
        }
        if (url == null && user != null) {
            problems.add("--jdbc-user needs --jdbc-url");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new DemoOptions(data, Optional.ofNullable(url), Optional.ofNullable(user),
                Optional.ofNullable(password).filter(p -> !p.isEmpty()), help);
    }

    /** @return a printable description of the database, without the password */
    String database() {
        return jdbcUrl.map(u -> u + user.map(x -> " as " + x).orElse(""))
                .orElse("embedded H2 in " + dataDir.toAbsolutePath().normalize());
    }
}
