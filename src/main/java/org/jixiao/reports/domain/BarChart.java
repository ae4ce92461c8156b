package org.jixiao.reports.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

import javax.imageio.ImageIO;

/**
 * A horizontal bar chart drawn server-side with Java2D into a PNG (no browser): one bar per item, its label on the
 * left, its value printed at the bar's end, the scale from 0 to {@code max}. Labels are drawn with the font given
 * (the same Chinese font the PDF embeds), so the image looks alike everywhere.
 */
public final class BarChart {

    /** One bar: label, value (drawn as given, already rounded) and the text printed beside it. */
    public record Bar(String label, BigDecimal value, String text) {
        public Bar {
            Objects.requireNonNull(label, "label");
            Objects.requireNonNull(value, "value");
            Objects.requireNonNull(text, "text");
        }
    }

    /** Pixel width of every chart; drawn at 2× so it prints sharp at 144 dpi. */
    public static final int WIDTH = 1200;
    private static final int BAR = 34;
    private static final int GAP = 18;
    private static final Color BLUE = new Color(0x2F, 0x5D, 0x9E);
    private static final Color RED = new Color(0xC0, 0x39, 0x2B);

    private BarChart() {
    }

    /**
     * @param title     drawn at the top
     * @param bars      in order, top to bottom
     * @param max       the value the full width stands for (100 for per cent)
     * @param threshold a vertical dashed line (a target such as 90 %), or null
     * @param font      a font with Chinese glyphs; sizes are derived from it
     * @return the PNG bytes
     */
    public static Rendered draw(String title, List<Bar> bars, BigDecimal max, BigDecimal threshold, Font font) {
        int labelWidth = 420;
        int top = 90;
        int height = top + bars.size() * (BAR + GAP) + 60;
        BufferedImage image = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, height);
            g.setColor(Color.BLACK);
            g.setFont(font.deriveFont(Font.PLAIN, 34f));
            FontMetrics titleMetrics = g.getFontMetrics();
            g.drawString(title, (WIDTH - titleMetrics.stringWidth(title)) / 2, 50);

            Font labelFont = font.deriveFont(Font.PLAIN, 24f);
            g.setFont(labelFont);
            FontMetrics metrics = g.getFontMetrics();
            int plotLeft = labelWidth + 20;
            int plotWidth = WIDTH - plotLeft - 150;
            double scale = max.signum() > 0 ? plotWidth / max.doubleValue() : 0;
            for (int i = 0; i < bars.size(); i++) {
                Bar bar = bars.get(i);
                int y = top + i * (BAR + GAP);
                String label = fit(bar.label(), metrics, labelWidth);
                g.setColor(Color.BLACK);
                g.drawString(label, labelWidth - metrics.stringWidth(label), y + BAR / 2 + metrics.getAscent() / 2 - 3);
                double value = Math.max(0, Math.min(bar.value().doubleValue(), max.doubleValue()));
                int w = (int) Math.round(value * scale);
                boolean below = threshold != null && bar.value().compareTo(threshold) < 0;
                g.setColor(below ? RED : BLUE);
                g.fillRect(plotLeft, y, Math.max(w, 1), BAR);
                g.setColor(Color.BLACK);
                g.drawString(bar.text(), plotLeft + w + 8, y + BAR / 2 + metrics.getAscent() / 2 - 3);
            }
            int axisBottom = top + bars.size() * (BAR + GAP);
            g.setColor(Color.DARK_GRAY);
            g.setStroke(new BasicStroke(2f));
            g.drawLine(plotLeft, top - 10, plotLeft, axisBottom);
            g.drawLine(plotLeft, axisBottom, plotLeft + plotWidth, axisBottom);
            String zero = "0";
            String full = max.stripTrailingZeros().toPlainString();
            g.drawString(zero, plotLeft - metrics.stringWidth(zero) / 2, axisBottom + 30);
            g.drawString(full, plotLeft + plotWidth - metrics.stringWidth(full) / 2, axisBottom + 30);
            if (threshold != null && max.signum() > 0) {
                int x = plotLeft + (int) Math.round(threshold.doubleValue() * scale);
                g.setColor(RED);
                g.setStroke(new BasicStroke(2f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, new float[]{8f, 6f}, 0f));
                g.drawLine(x, top - 10, x, axisBottom);
                String t = threshold.stripTrailingZeros().toPlainString();
                g.drawString(t, x - metrics.stringWidth(t) / 2, axisBottom + 30);
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Rendered(out.toByteArray(), WIDTH, height);
    }

    /** The PNG and its size in pixels. */
    public record Rendered(byte[] png, int width, int height) {
    }

    /** The label shortened with “…” to fit {@code width} pixels. */
    private static String fit(String label, FontMetrics metrics, int width) {
        if (metrics.stringWidth(label) <= width) {
            return label;
        }
        String s = label;
        while (!s.isEmpty() && metrics.stringWidth(s + "…") > width) {
            s = s.substring(0, s.length() - 1);
        }
        return s + "…";
    }
}
