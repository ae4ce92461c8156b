package org.jixiao.reports.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.List;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

class BarChartTests {

    @Test
    void drawsOneBarPerItemProportionalToItsValueAndRedBelowTheThreshold() throws Exception {
        BarChart.Rendered chart = BarChart.draw("各项目预算执行率", List.of(
                new BarChart.Bar("高危执勤补贴经费", new BigDecimal("100"), "100.00%"),
                new BarChart.Bar("新建消防站建设启动资金", new BigDecimal("50"), "50.00%")),
                new BigDecimal("100"), new BigDecimal("90"), new Font(Font.SANS_SERIF, Font.PLAIN, 12));
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(chart.png()));
        assertThat(image.getWidth()).isEqualTo(BarChart.WIDTH).isEqualTo(chart.width());
        assertThat(image.getHeight()).isEqualTo(chart.height());
        // bar rows: y = 90 + i * 52 + 17 (middle of the bar); the plot starts at x = 440 and is 610 px wide
        int first = width(image, 90 + 17);
        int second = width(image, 90 + 52 + 17);
        assertThat(first).isBetween(600, 620);
        assertThat(second).isBetween(295, 315);
        assertThat(image.getRGB(450, 90 + 52 + 17) & 0xFFFFFF).isEqualTo(0xC0392B); // below 90: red
        assertThat(image.getRGB(450, 90 + 17) & 0xFFFFFF).isEqualTo(0x2F5D9E);
    }

    private static int width(BufferedImage image, int y) {
        int rgb = image.getRGB(445, y);
        int x = 445;
        while (x < image.getWidth() && image.getRGB(x, y) == rgb) {
            x++;
        }
        return x - 440;
    }
}
