package jp.osaka.renkei.scale;

import java.util.SplittableRandom;

import jp.osaka.renkei.survey.Level;

/**
 * Draws plausible levels: each area has its own leaning, cooperation improves from round to round,
 * 理学療法士会 (item 11) is often 区内に団体がない, and the mutual pair (item 12) ends up mostly とても.
 */
final class ScaleLevels {

    private final SplittableRandom random;

    ScaleLevels(SplittableRandom random) {
        this.random = random;
    }

    double areaLeaning() {
        return random.nextGaussian() * 0.35;
    }

    /** {@code progress} runs from 0 (first round) to 1 (last round). */
    Level draw(double leaning, int itemNo, double progress) {
        double unknown = itemNo == 11 ? 0.40 - 0.25 * progress : 0.02;
        if (random.nextDouble() < unknown) {
            return Level.NO_ORGANISATION; // 区内に団体がない: not a score
        }
        double itemBias = itemNo == 12 ? 0.4 + 0.6 * progress : (itemNo % 4 - 1.5) * 0.15;
        double score = leaning + itemBias + 1.2 * progress - 0.3 + random.nextGaussian() * 0.6;
        if (score > 0.6) {
            return Level.VERY_WELL;
        }
        if (score > -0.4) {
            return Level.WELL;
        }
        return score > -1.1 ? Level.NOT_WELL : Level.NOT_AT_ALL;
    }

    boolean chance(double probability) {
        return random.nextDouble() < probability;
    }

    int below(int bound) {
        return random.nextInt(bound);
    }
}
