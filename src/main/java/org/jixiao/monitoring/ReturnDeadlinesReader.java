package org.jixiao.monitoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jixiao.monitoring.domain.ReturnDeadlineRules;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.shared.FiscalYear;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the due dates and reminder lead times of 双监控 returns ({@code monitoring/return-deadlines.json}: an array
 * of versions {@code {id, basis, region, from, noticeDays, due: {"7": "08-31"}}}). Unknown fields are refused.
 */
public final class ReturnDeadlinesReader {

    /** The shipped file. */
    public static final String SHIPPED = "classpath:monitoring/return-deadlines.json";

    private static final Set<String> FIELDS = Set.of("id", "basis", "region", "from", "noticeDays", "due");

    private ReturnDeadlinesReader() {
    }

    public static List<ReturnDeadlineRules> read(String location) {
        Resource resource = new DefaultResourceLoader().getResource(location);
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + location, e);
        }
        if (root == null || !root.isArray()) {
            throw new IllegalStateException(location + ": an array of versions expected");
        }
        List<ReturnDeadlineRules> versions = new ArrayList<>();
        for (JsonNode v : root) {
            for (String name : v.propertyNames()) {
                if (!FIELDS.contains(name)) {
                    throw new IllegalStateException(location + ": unknown field " + name);
                }
            }
            Map<Integer, MonthDay> due = new LinkedHashMap<>();
            JsonNode dueNode = v.path("due");
            for (String month : dueNode.propertyNames()) {
                due.put(Integer.parseInt(month), MonthDay.parse("--" + dueNode.get(month).asString()));
            }
            JsonNode region = v.get("region");
            versions.add(new ReturnDeadlineRules(v.get("id").asString(),
                    region == null || region.isNull() ? Optional.empty() : Optional.of(new RegionCode(region.asString())),
                    FiscalYear.of(v.get("from").intValue()), v.get("noticeDays").intValue(), due));
        }
        return List.copyOf(versions);
    }
}
