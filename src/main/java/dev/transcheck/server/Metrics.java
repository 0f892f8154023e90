package dev.transcheck.server;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.concurrent.atomic.DoubleAdder;

/** Counters for {@code GET /metrics} in the Prometheus text format (version 0.0.4). */
public final class Metrics {
    /** Upper bounds of the latency buckets, in seconds. */
    static final double[] BUCKETS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30};

    private final Map<String, AtomicLong> requests = new ConcurrentHashMap<>();
    private final Map<String, Histogram> latency = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> findings = new ConcurrentHashMap<>();
    private final AtomicLong checks = new AtomicLong();
    private final AtomicLong rejected = new AtomicLong();
    private final AtomicLong timeouts = new AtomicLong();

    private static final class Histogram {
        final AtomicLongArray counts = new AtomicLongArray(BUCKETS.length);
        final AtomicLong count = new AtomicLong();
        final DoubleAdder sum = new DoubleAdder();

        void observe(double seconds) {
            for (int i = 0; i < BUCKETS.length; i++) {
                if (seconds <= BUCKETS[i]) {
                    counts.incrementAndGet(i);
                    break;
                }
            }
            count.incrementAndGet();
            sum.add(seconds);
        }
    }

    /** One answered request: its route (the matched path pattern), method and status. */
    public void request(String method, String route, int status, double seconds) {
        requests.computeIfAbsent(method + "\u0000" + route + "\u0000" + status, k -> new AtomicLong()).incrementAndGet();
        latency.computeIfAbsent(method + "\u0000" + route, k -> new Histogram()).observe(seconds);
    }

    public void finding(String check) {
        findings.computeIfAbsent(check, k -> new AtomicLong()).incrementAndGet();
    }

    public void checked() {
        checks.incrementAndGet();
    }

    public void rejected() {
        rejected.incrementAndGet();
    }

    public void timedOut() {
        timeouts.incrementAndGet();
    }

    /** The exposition text; {@code queued} and {@code running} are read at this moment. */
    public String render(int running, int queued, long glossaryConcepts, long glossaryGeneration) {
        StringBuilder sb = new StringBuilder(4096);
        sb.append("# HELP transcheck_http_requests_total HTTP requests answered, by method, route and status.\n")
                .append("# TYPE transcheck_http_requests_total counter\n");
        for (Map.Entry<String, AtomicLong> e : new TreeMap<>(requests).entrySet()) {
            String[] k = e.getKey().split("\u0000", -1);
            sb.append("transcheck_http_requests_total{method=\"").append(label(k[0])).append("\",route=\"")
                    .append(label(k[1])).append("\",status=\"").append(k[2]).append("\"} ").append(e.getValue().get()).append('\n');
        }
        sb.append("# HELP transcheck_http_request_duration_seconds Time to answer a request, by method and route.\n")
                .append("# TYPE transcheck_http_request_duration_seconds histogram\n");
        for (Map.Entry<String, Histogram> e : new TreeMap<>(latency).entrySet()) {
            String[] k = e.getKey().split("\u0000", -1);
            String labels = "method=\"" + label(k[0]) + "\",route=\"" + label(k[1]) + "\"";
            Histogram h = e.getValue();
            long cumulative = 0;
            for (int i = 0; i < BUCKETS.length; i++) {
                cumulative += h.counts.get(i);
                sb.append("transcheck_http_request_duration_seconds_bucket{").append(labels).append(",le=\"")
                        .append(number(BUCKETS[i])).append("\"} ").append(cumulative).append('\n');
            }
            long count = h.count.get();
            sb.append("transcheck_http_request_duration_seconds_bucket{").append(labels).append(",le=\"+Inf\"} ")
                    .append(count).append('\n')
                    .append("transcheck_http_request_duration_seconds_sum{").append(labels).append("} ")
                    .append(String.format(Locale.ROOT, "%.6f", h.sum.sum())).append('\n')
                    .append("transcheck_http_request_duration_seconds_count{").append(labels).append("} ")
                    .append(count).append('\n');
        }
        sb.append("# HELP transcheck_checks_total Document pairs checked.\n# TYPE transcheck_checks_total counter\n")
                .append("transcheck_checks_total ").append(checks.get()).append('\n');
        sb.append("# HELP transcheck_findings_total Findings reported, by check id.\n# TYPE transcheck_findings_total counter\n");
        for (Map.Entry<String, AtomicLong> e : new TreeMap<>(findings).entrySet()) {
            sb.append("transcheck_findings_total{check=\"").append(label(e.getKey())).append("\"} ")
                    .append(e.getValue().get()).append('\n');
        }
        sb.append("# HELP transcheck_overload_rejections_total Checks refused because the queue was full.\n")
                .append("# TYPE transcheck_overload_rejections_total counter\n")
                .append("transcheck_overload_rejections_total ").append(rejected.get()).append('\n')
                .append("# HELP transcheck_timeouts_total Checks stopped at the time limit.\n")
                .append("# TYPE transcheck_timeouts_total counter\n")
                .append("transcheck_timeouts_total ").append(timeouts.get()).append('\n')
                .append("# HELP transcheck_checks_running Checks running now.\n# TYPE transcheck_checks_running gauge\n")
                .append("transcheck_checks_running ").append(running).append('\n')
                .append("# HELP transcheck_checks_queued Checks waiting for a worker now.\n# TYPE transcheck_checks_queued gauge\n")
                .append("transcheck_checks_queued ").append(queued).append('\n')
                .append("# HELP transcheck_glossary_concepts Concepts in the loaded glossary.\n# TYPE transcheck_glossary_concepts gauge\n")
                .append("transcheck_glossary_concepts ").append(glossaryConcepts).append('\n')
                .append("# HELP transcheck_glossary_generation Times the glossary was loaded (1 at start).\n# TYPE transcheck_glossary_generation gauge\n")
                .append("transcheck_glossary_generation ").append(glossaryGeneration).append('\n');
        return sb.toString();
    }

    private static String number(double d) {
        return d == Math.rint(d) ? String.valueOf((long) d) : String.valueOf(d);
    }

    private static String label(String v) {
        return v.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
