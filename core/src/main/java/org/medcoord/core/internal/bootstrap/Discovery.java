package org.medcoord.core.internal.bootstrap;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.Spliterator;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import org.medcoord.core.ConfigurationException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the providers of extension points: those registered on the builder ("explicit") and those
 * {@link ServiceLoader} finds, with the strict policy of ARCHITECTURE.md. Like SLF4J 2 it instantiates
 * each found provider inside its own try/catch and reports what it found; unlike SLF4J it never takes
 * "the first one" and never falls back silently.
 *
 * <p>A found provider that fails to load (missing class, not a subtype, constructor throws) is recorded
 * as a problem naming its class, and the others still load: {@link #all} returns them, and
 * {@link #problems()} / {@link #throwIfProblems()} report the failures, so that the bootstrap can fail
 * once with every problem. The selecting methods ({@link #single}, {@link #singleOrDefault},
 * {@link #keyed}) throw at once when they cannot choose, listing the point's load problems too, since
 * those may be why nothing usable was found.
 *
 * <p>Each found provider is instantiated once and cached per extension point. Thread-safe.
 *
 * <p>Problem codes: {@code MC-CONFIG-010} a provider failed to load; {@code 011} none found;
 * {@code 012} several found and none chosen; {@code 013} the setting names no provider found;
 * {@code 014} two providers with one key; {@code 015} several registered explicitly for a single-choice
 * point.
 */
public final class Discovery {

    static final String LOAD_FAILED = "MC-CONFIG-010";
    static final String NONE_FOUND = "MC-CONFIG-011";
    static final String AMBIGUOUS = "MC-CONFIG-012";
    static final String UNKNOWN_CHOICE = "MC-CONFIG-013";
    static final String DUPLICATE_KEY = "MC-CONFIG-014";
    static final String SEVERAL_EXPLICIT = "MC-CONFIG-015";

    private static final Logger LOG = LoggerFactory.getLogger(Discovery.class);

    /** One problem: its stable code and what to do about it, without the code. */
    private record Problem(String code, String text) {
        @Override
        public String toString() {
            return code + ": " + text;
        }
    }

    /** What ServiceLoader gave for one extension point. */
    private record Found(List<Object> providers, List<Problem> problems) {
    }

    private final ClassLoader loader;
    private final Map<Class<?>, List<Object>> explicit;
    private final boolean discover;
    private final Map<Class<?>, Found> found = new LinkedHashMap<>();
    private final Set<Problem> problems = new LinkedHashSet<>();

    /**
     * @param loader   where {@link ServiceLoader} looks
     * @param explicit providers registered on the builder, by extension point, in registration order
     * @param discover false to use explicit providers only
     */
    public Discovery(ClassLoader loader, Map<Class<?>, List<Object>> explicit, boolean discover) {
        this.loader = Objects.requireNonNull(loader, "loader");
        Map<Class<?>, List<Object>> copy = new LinkedHashMap<>();
        explicit.forEach((point, providers) -> {
            for (Object provider : providers) {
                if (!point.isInstance(provider)) {
                    throw new IllegalArgumentException(provider.getClass().getName() + " is not a " + point.getName());
                }
            }
            copy.put(point, List.copyOf(providers));
        });
        this.explicit = Map.copyOf(copy);
        this.discover = discover;
    }

    /**
     * @return every provider of {@code point}: the explicit ones in registration order, then those found,
     *         in class path order, skipping a found provider of the same class as an explicit one. Found
     *         providers that failed to load are left out and recorded in {@link #problems()}.
     */
    public <P> List<P> all(Class<P> point) {
        List<P> result = new ArrayList<>(explicit(point));
        result.addAll(discovered(point));
        return List.copyOf(result);
    }

    /**
     * Chooses the one provider of a single-choice point: the explicit one, else the found one whose id is
     * {@code chosenId}, else the only one found.
     *
     * @param idOf         reads a provider's id
     * @param chosenId     the value of the setting that chooses by id, if set
     * @param settingKey   that setting's key, for the messages
     * @param artifactHint the artifact to add when none is found, for example {@code medcoord-storage-jdbc}
     * @throws ConfigurationException when several are registered explicitly, none is found, several are
     *         found and none is chosen, or {@code chosenId} names none of those found; with every load
     *         problem of {@code point}
     */
    public <P> P single(Class<P> point, Function<P, String> idOf, Optional<String> chosenId, String settingKey,
                        String artifactHint) {
        List<P> registered = explicit(point);
        if (registered.size() == 1) {
            return registered.get(0);
        }
        if (registered.size() > 1) {
            throw fail(List.of(severalExplicit(point, registered, idOf)));
        }
        List<P> candidates = discovered(point);
        List<Problem> selection = new ArrayList<>();
        P chosen = null;
        if (chosenId.isPresent()) {
            List<P> matching = withId(candidates, idOf, chosenId.get());
            if (matching.size() == 1) {
                chosen = matching.get(0);
            } else if (matching.isEmpty()) {
                selection.add(unknownChoice(point, settingKey, chosenId.get(), candidates, idOf, null));
            } else {
                selection.add(new Problem(AMBIGUOUS, "several " + plural(point) + " have the id '" + chosenId.get()
                        + "': " + describe(matching, idOf) + "; remove all but one from the classpath"));
            }
        } else if (candidates.size() == 1) {
            chosen = candidates.get(0);
        } else if (candidates.isEmpty()) {
            selection.add(new Problem(NONE_FOUND, "no " + point.getSimpleName() + " found; add " + artifactHint
                    + " to the classpath or register one on MedCoord.builder()"));
        } else {
            selection.add(new Problem(AMBIGUOUS, "several " + plural(point) + " found: " + describe(candidates, idOf)
                    + "; set " + settingKey + " to the id of the one to use"));
        }
        if (chosen == null) {
            throw failWithLoadProblems(point, selection);
        }
        return chosen;
    }

    /**
     * Chooses the provider of a point that has a built-in default: the explicit one, else the found one
     * whose id is {@code chosenId} (or the default, when {@code chosenId} is its id), else the default.
     * Providers merely found on the classpath never replace the default; they are logged, so that a
     * forgotten setting is visible.
     *
     * @throws ConfigurationException when several are registered explicitly or {@code chosenId} names
     *         neither a found provider nor the default; with every load problem of {@code point}
     */
    public <P> P singleOrDefault(Class<P> point, Function<P, String> idOf, Optional<String> chosenId, String settingKey,
                                 P builtInDefault) {
        Objects.requireNonNull(builtInDefault, "builtInDefault");
        List<P> registered = explicit(point);
        if (registered.size() == 1) {
            return registered.get(0);
        }
        if (registered.size() > 1) {
            throw fail(List.of(severalExplicit(point, registered, idOf)));
        }
        List<P> candidates = discovered(point);
        String defaultId = idOf.apply(builtInDefault);
        if (chosenId.isEmpty()) {
            for (P candidate : candidates) {
                LOG.info("{} '{}' ({}) is on the classpath but not used; set {} to '{}' to use it instead of the built-in '{}'",
                        point.getSimpleName(), idOf.apply(candidate), candidate.getClass().getName(), settingKey,
                        idOf.apply(candidate), defaultId);
            }
            return builtInDefault;
        }
        List<P> matching = withId(candidates, idOf, chosenId.get());
        if (matching.size() == 1) {
            return matching.get(0);
        }
        if (matching.isEmpty() && chosenId.get().equals(defaultId)) {
            return builtInDefault;
        }
        Problem problem = matching.isEmpty()
                ? unknownChoice(point, settingKey, chosenId.get(), candidates, idOf, defaultId)
                : new Problem(AMBIGUOUS, "several " + plural(point) + " have the id '" + chosenId.get() + "': "
                        + describe(matching, idOf) + "; remove all but one from the classpath");
        throw failWithLoadProblems(point, List.of(problem));
    }

    /**
     * @param keyOf reads a provider's key (payer id, channel, code system URI)
     * @param what  what the key is, for the messages, for example {@code "payer id"}
     * @return every provider of {@code point} by key, explicit ones first
     * @throws ConfigurationException when two providers have the same key, naming both classes (every
     *         clash at once, with the load problems of {@code point})
     */
    public <P, K> Map<K, P> keyed(Class<P> point, Function<P, K> keyOf, String what) {
        Map<K, P> byKey = new LinkedHashMap<>();
        List<Problem> clashes = new ArrayList<>();
        for (P provider : all(point)) {
            K key = Objects.requireNonNull(keyOf.apply(provider),
                    () -> provider.getClass().getName() + " returned no " + what);
            P earlier = byKey.putIfAbsent(key, provider);
            if (earlier != null) {
                clashes.add(new Problem(DUPLICATE_KEY, "two " + plural(point) + " have the " + what + " '" + key + "': "
                        + earlier.getClass().getName() + " and " + provider.getClass().getName() + "; remove one of them"));
            }
        }
        if (!clashes.isEmpty()) {
            throw failWithLoadProblems(point, clashes);
        }
        return Collections.unmodifiableMap(byKey);
    }

    /**
     * @return every provider of {@code point}, in ascending {@code order}, then by id; providers with the
     *         same order and id keep their {@link #all} order
     */
    public <P> List<P> ordered(Class<P> point, ToIntFunction<P> order, Function<P, String> idOf) {
        return all(point).stream()
                .sorted(Comparator.comparingInt(order).thenComparing(idOf, Comparator.nullsLast(Comparator.naturalOrder())))
                .collect(Collectors.toUnmodifiableList());
    }

    /** @return every problem recorded so far, in the order found, each starting with its code */
    public synchronized List<String> problems() {
        return problems.stream().map(Problem::toString).collect(Collectors.toUnmodifiableList());
    }

    /** @throws ConfigurationException listing every problem recorded so far, when there is any */
    public synchronized void throwIfProblems() {
        if (!problems.isEmpty()) {
            throw exception(List.copyOf(problems));
        }
    }

    @SuppressWarnings("unchecked")
    private <P> List<P> explicit(Class<P> point) {
        return (List<P>) explicit.getOrDefault(point, List.of());
    }

    @SuppressWarnings("unchecked")
    private synchronized <P> List<P> discovered(Class<P> point) {
        return (List<P>) found.computeIfAbsent(point, this::load).providers();
    }

    /** Loads the providers of {@code point}, each inside its own try/catch; records the problems. */
    private Found load(Class<?> point) {
        if (!discover) {
            return new Found(List.of(), List.of());
        }
        Set<Class<?>> explicitClasses = explicit(point).stream().map(Object::getClass).collect(Collectors.toSet());
        List<Object> providers = new ArrayList<>();
        List<Problem> failures = new ArrayList<>();
        Spliterator<? extends ServiceLoader.Provider<?>> lookup = ServiceLoader.load(point, loader).stream().spliterator();
        boolean more = true;
        while (more) {
            try {
                more = lookup.tryAdvance(provider -> {
                    if (explicitClasses.contains(provider.type())) {
                        return;
                    }
                    try {
                        providers.add(provider.get());
                    } catch (ServiceConfigurationError | RuntimeException | LinkageError e) {
                        failures.add(instantiationFailed(point, provider.type().getName(), e));
                    }
                });
            } catch (ServiceConfigurationError e) {
                // The lookup has moved past the broken entry: carry on with the next one.
                failures.add(lookupFailed(point, e));
            } catch (LinkageError e) {
                // A provider class that needs a class missing from the classpath (its library's other jar):
                // ServiceLoader lets the error through without naming the provider, but has moved past it.
                failures.add(new Problem(LOAD_FAILED, "a " + point.getSimpleName() + " listed in META-INF/services/"
                        + point.getName() + " failed to load (" + e.getClass().getName() + ": " + e.getMessage()
                        + "); add the jar that holds the missing class, or remove the provider"));
            }
        }
        problems.addAll(failures);
        return new Found(List.copyOf(providers), List.copyOf(failures));
    }

    private static Problem loadFailed(Class<?> point, String className, String reason) {
        return new Problem(LOAD_FAILED, "the " + point.getSimpleName() + " " + className + " failed to load (" + reason
                + "); fix it or remove it from META-INF/services/" + point.getName());
    }

    /** A provider whose constructor (or static initialiser) threw: the cause says why. */
    private static Problem instantiationFailed(Class<?> point, String className, Throwable error) {
        Throwable cause = error instanceof ServiceConfigurationError && error.getCause() != null ? error.getCause() : error;
        return loadFailed(point, className,
                cause.getClass().getName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage()));
    }

    /**
     * A provider ServiceLoader could not even look up. Its messages read {@code "<point>: Provider <class> not
     * found"}, {@code "<point>: <class> not a subtype"} or {@code "<point>: <class> Unable to get public no-arg
     * constructor"}: the class name is the first word after the point's name.
     */
    private static Problem lookupFailed(Class<?> point, ServiceConfigurationError e) {
        String message = String.valueOf(e.getMessage());
        String prefix = point.getName() + ": ";
        if (message.startsWith(prefix)) {
            message = message.substring(prefix.length());
        }
        if (message.startsWith("Provider ")) {
            message = message.substring("Provider ".length());
        }
        int space = message.indexOf(' ');
        return space < 0 ? loadFailed(point, message, "unknown reason")
                : loadFailed(point, message.substring(0, space), message.substring(space + 1));
    }

    private static <P> List<P> withId(List<P> candidates, Function<P, String> idOf, String id) {
        return candidates.stream().filter(p -> id.equals(idOf.apply(p))).collect(Collectors.toList());
    }

    private static <P> Problem severalExplicit(Class<P> point, List<P> registered, Function<P, String> idOf) {
        return new Problem(SEVERAL_EXPLICIT, registered.size() + " " + plural(point) + " are registered on MedCoord.builder(): "
                + describe(registered, idOf) + "; register exactly one");
    }

    private static <P> Problem unknownChoice(Class<P> point, String settingKey, String chosenId, List<P> candidates,
                                             Function<P, String> idOf, String defaultId) {
        List<String> available = new ArrayList<>();
        if (defaultId != null) {
            available.add(defaultId + " (built in)");
        }
        candidates.forEach(p -> available.add(idOf.apply(p) + " (" + p.getClass().getName() + ")"));
        return new Problem(UNKNOWN_CHOICE, settingKey + " is '" + chosenId + "' but no " + point.getSimpleName()
                + " with that id was found; " + (available.isEmpty() ? "none was found"
                : "available: " + String.join(", ", available)) + "; fix " + settingKey + " or add the provider to the classpath");
    }

    private static <P> String describe(List<P> providers, Function<P, String> idOf) {
        return providers.stream().map(p -> idOf.apply(p) + " (" + p.getClass().getName() + ")")
                .collect(Collectors.joining(", "));
    }

    private static String plural(Class<?> point) {
        return point.getSimpleName() + "s";
    }

    private synchronized ConfigurationException failWithLoadProblems(Class<?> point, List<Problem> selection) {
        List<Problem> all = new ArrayList<>(found.getOrDefault(point, new Found(List.of(), List.of())).problems());
        all.addAll(selection);
        return fail(all);
    }

    private synchronized ConfigurationException fail(List<Problem> reported) {
        problems.addAll(reported);
        return exception(reported);
    }

    /**
     * One exception for all problems. When they share a code, that code leads the message once; when they
     * differ, the general {@link ConfigurationException#CODE} leads and each problem keeps its own.
     */
    private static ConfigurationException exception(List<Problem> reported) {
        Set<String> codes = reported.stream().map(Problem::code).collect(Collectors.toSet());
        if (codes.size() == 1) {
            return new ConfigurationException(codes.iterator().next(),
                    reported.stream().map(Problem::text).collect(Collectors.toList()), null);
        }
        return new ConfigurationException(reported.stream().map(Problem::toString).collect(Collectors.toList()));
    }
}
