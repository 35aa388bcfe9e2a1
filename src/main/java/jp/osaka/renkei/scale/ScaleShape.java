package jp.osaka.renkei.scale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What {@link ScaleDataGenerator} writes: {@code renkei.generate.*}. The defaults are the national scale of
 * issue 7: 1,741 areas (the 24 wards and 1,717 more), 20 rounds, both instruments of 12 items.
 */
@ConfigurationProperties("renkei.generate")
record ScaleShape(long seed, int areas, int rounds, int lastYear, String password) {

    ScaleShape {
        if (areas < 24 || rounds < 1) {
            throw new IllegalArgumentException("renkei.generate: at least the 24 wards and one round");
        }
    }

    int firstYear() {
        return lastYear - rounds + 1;
    }
}
