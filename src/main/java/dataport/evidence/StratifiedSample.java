package dataport.evidence;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * A reproducible, stratified random sample: the same population (ordered by order id), size and seed always give
 * the same sample, so anyone holding the seed can redraw it.
 *
 * <p>Strata are the data classifications in the order PUBLIC, GENERAL, IMPORTANT, CORE (then any other value, and
 * trades without one, as "UNKNOWN"). Allocation: every stratum present gets one case (if the size allows; otherwise
 * the largest strata get one each), the rest is shared in proportion to each stratum's remaining trades by the
 * largest-remainder method (ties go to the earlier stratum). Within a stratum, one {@link SplittableRandom} seeded
 * with the campaign's seed, shared across the strata in that order, draws without replacement (a partial
 * Fisher-Yates shuffle).
 */
public final class StratifiedSample {

    public static final List<String> STRATA = List.of("PUBLIC", "GENERAL", "IMPORTANT", "CORE");

    /** A completed cross-border trade that may be sampled. */
    public record Candidate(String certificateId, long orderId, long merchantId, String classification) {}

    private StratifiedSample() {}

    public static List<Candidate> draw(List<Candidate> population, int size, long seed) {
        Map<String, List<Candidate>> strata = strata(population);
        Map<String, Integer> quota = allocate(strata, size);
        SplittableRandom random = new SplittableRandom(seed);
        List<Candidate> sample = new ArrayList<>();
        strata.forEach((name, members) -> {
            int k = quota.get(name);
            List<Candidate> pool = new ArrayList<>(members);
            for (int i = 0; i < k; i++) {
                int j = i + random.nextInt(pool.size() - i);
                Candidate picked = pool.get(j);
                pool.set(j, pool.get(i));
                pool.set(i, picked);
            }
            sample.addAll(pool.subList(0, k).stream()
                    .sorted(Comparator.comparingLong(Candidate::orderId))
                    .toList());
        });
        return sample;
    }

    /** The population by stratum, in stratum order, each ordered by order id. */
    public static Map<String, List<Candidate>> strata(List<Candidate> population) {
        Map<String, List<Candidate>> strata = new LinkedHashMap<>();
        population.stream()
                .sorted(Comparator.comparing((Candidate c) -> rank(stratum(c)))
                        .thenComparing(c -> stratum(c))
                        .thenComparingLong(Candidate::orderId))
                .forEach(c -> strata.computeIfAbsent(stratum(c), k -> new ArrayList<>())
                        .add(c));
        return strata;
    }

    static Map<String, Integer> allocate(Map<String, List<Candidate>> strata, int size) {
        Map<String, Integer> quota = new LinkedHashMap<>();
        strata.keySet().forEach(s -> quota.put(s, 0));
        int total = strata.values().stream().mapToInt(List::size).sum();
        if (size >= total) {
            strata.forEach((s, members) -> quota.put(s, members.size()));
            return quota;
        }
        if (size <= 0) {
            return quota;
        }
        if (size < strata.size()) {
            strata.entrySet().stream()
                    .sorted(Comparator.comparingInt((Map.Entry<String, List<Candidate>> e) ->
                            -e.getValue().size()))
                    .limit(size)
                    .forEach(e -> quota.put(e.getKey(), 1));
            return quota;
        }
        strata.keySet().forEach(s -> quota.put(s, 1));
        long rest = size - strata.size();
        long weights = total - strata.size();
        Map<String, Long> remainders = new LinkedHashMap<>();
        long given = 0;
        for (Map.Entry<String, List<Candidate>> e : strata.entrySet()) {
            long w = e.getValue().size() - 1L;
            long share = rest * w / weights;
            quota.merge(e.getKey(), (int) share, Integer::sum);
            remainders.put(e.getKey(), rest * w % weights);
            given += share;
        }
        long left = rest - given;
        List<String> byRemainder = new ArrayList<>(remainders.keySet());
        byRemainder.sort(Comparator.comparingLong((String s) -> -remainders.get(s)));
        for (int i = 0; i < left; i++) {
            quota.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return quota;
    }

    static String stratum(Candidate c) {
        return c.classification() == null ? "UNKNOWN" : c.classification();
    }

    private static int rank(String stratum) {
        int i = STRATA.indexOf(stratum);
        return i >= 0 ? i : STRATA.size() + ("UNKNOWN".equals(stratum) ? 1 : 0);
    }
}
