package org.jixiao.review;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.jixiao.orgs.domain.Permission;
import org.jixiao.orgs.domain.RegionCode;
import org.jixiao.review.domain.ReviewChain;
import org.jixiao.review.domain.ReviewChains;
import org.jixiao.review.domain.ReviewStep;
import org.jixiao.shared.FiscalYear;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.core.io.Resource;
import org.springframework.core.io.ResourceLoader;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads the configured review chains from JSON: {@code chains}, each with optional {@code region} (财政区划代码)
 * and {@code year}, and {@code steps} of {@code name} and {@code permission} (a {@link Permission} constant).
 * Keys starting with {@code _} are comments. Errors name the file and the chain, because the file is edited by
 * hand.
 */
public final class ReviewChainReader {

    /** The chains shipped with Jixiao. */
    public static final String DEFAULT_LOCATION = "classpath:review/chains/default.json";

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourceLoader loader;

    public ReviewChainReader(ResourceLoader loader) {
        this.loader = loader;
    }

    /** The shipped default chains. */
    public static ReviewChains defaults() {
        return new ReviewChainReader(new DefaultResourceLoader()).read(DEFAULT_LOCATION);
    }

    public ReviewChains read(String location) {
        Resource resource = loader.getResource(location);
        JsonNode root;
        try (InputStream in = resource.getInputStream()) {
            root = JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read review chains " + resource.getDescription(), e);
        }
        List<ReviewChain> chains = new ArrayList<>();
        int index = 0;
        for (JsonNode node : root.path("chains")) {
            chains.add(chain(node, location + " chains[" + index++ + "]"));
        }
        return new ReviewChains(chains);
    }

    private static ReviewChain chain(JsonNode node, String where) {
        RegionCode region = null;
        FiscalYear year = null;
        List<ReviewStep> steps = new ArrayList<>();
        try {
            if (node.hasNonNull("region")) {
                region = new RegionCode(node.get("region").asString());
            }
            if (node.hasNonNull("year")) {
                year = FiscalYear.of(node.get("year").asInt());
            }
            for (JsonNode step : node.path("steps")) {
                steps.add(new ReviewStep(step.path("name").asString(""),
                        Permission.valueOf(step.path("permission").asString(""))));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("review chain " + where + ": " + e.getMessage(), e);
        }
        return new ReviewChain(region, year, steps);
    }
}
