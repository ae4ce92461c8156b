package org.jixiao.reports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.jixiao.reports.domain.ReportOutline;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The report outlines shipped in {@code resources/reports/outlines} (one JSON file each): the default (region
 * null) and those of particular 财政区划. {@link #forRegion} picks the region's own, else the default. A malformed
 * file stops the start, so a wrong outline is never used silently.
 */
@Component
public class ReportOutlines {

    public static final String SHIPPED = "classpath*:reports/outlines/*.json";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final List<ReportOutline> outlines;

    ReportOutlines() {
        this(load(SHIPPED));
    }

    ReportOutlines(List<ReportOutline> outlines) {
        this.outlines = List.copyOf(outlines);
        if (this.outlines.stream().filter(o -> o.region().isEmpty()).count() != 1) {
            throw new IllegalStateException("exactly one default report outline (region null) is required");
        }
    }

    public List<ReportOutline> all() {
        return outlines;
    }

    public ReportOutline forRegion(String regionCode) {
        return outlines.stream().filter(o -> o.region().filter(r -> r.equals(regionCode)).isPresent()).findFirst()
                .orElseGet(() -> outlines.stream().filter(o -> o.region().isEmpty()).findFirst().orElseThrow());
    }

    static List<ReportOutline> load(String pattern) {
        try {
            List<Resource> resources = new ArrayList<>(Arrays.asList(new PathMatchingResourcePatternResolver().getResources(pattern)));
            resources.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            List<ReportOutline> result = new ArrayList<>();
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    result.add(parse(JSON.readTree(in), resource.getFilename()));
                }
            }
            return result;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read report outlines " + pattern, e);
        }
    }

    static ReportOutline parse(JsonNode root, String where) {
        List<ReportOutline.Section> sections = new ArrayList<>();
        for (JsonNode s : root.get("sections")) {
            sections.add(new ReportOutline.Section(s.get("level").intValue(), s.get("title").asString(),
                    ReportOutline.Content.valueOf(s.get("content").asString()),
                    s.hasNonNull("narrative") ? s.get("narrative").asString() : null,
                    s.hasNonNull("hint") ? s.get("hint").asString() : ""));
        }
        if (sections.isEmpty()) {
            throw new IllegalStateException(where + ": an outline without sections");
        }
        return new ReportOutline(root.get("id").asString(), root.get("name").asString(),
                root.hasNonNull("region") ? Optional.of(root.get("region").asString()) : Optional.empty(),
                root.get("title").asString(), sections);
    }
}
