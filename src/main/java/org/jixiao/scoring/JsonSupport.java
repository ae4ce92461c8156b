package org.jixiao.scoring;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Reading of the scoring JSON resources: exact decimals, strict fields, resource listing. */
final class JsonSupport {

    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    private JsonSupport() {
    }

    static JsonNode parse(Resource resource) {
        try (InputStream in = resource.getInputStream()) {
            return JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource.getDescription(), e);
        }
    }

    /** Every resource matching {@code pattern}, sorted by file name so that loading is deterministic. */
    static List<Resource> list(String pattern) {
        try {
            List<Resource> resources = new ArrayList<>(Arrays.asList(
                    new PathMatchingResourcePatternResolver().getResources(pattern)));
            resources.sort((a, b) -> String.valueOf(a.getFilename()).compareTo(String.valueOf(b.getFilename())));
            return resources;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + pattern, e);
        }
    }

    static String text(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isString()) {
            throw new IllegalStateException(where + " lacks text field " + field);
        }
        return value.asString();
    }

    static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? "" : value.asString();
    }

    static BigDecimal decimal(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || !value.isNumber()) {
            throw new IllegalStateException(where + " lacks number field " + field);
        }
        return value.decimalValue();
    }
}
