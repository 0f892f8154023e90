package dev.transcheck.align;

/**
 * The tunable constants of {@link AnchorAligner}; see docs/ALIGNMENT.md for how they were set.
 *
 * @param prior bead-type probabilities in the order of {@link BandedDp#MOVES}: 1-1, 1-0, 0-1, 2-1,
 *     1-2, 2-2, 1-3, 3-1
 * @param variance Gale-Church variance per character of the length difference
 * @param anchorScale multiplies every anchor weight
 * @param missScale multiplies every anchor's miss cost
 * @param temperature divides costs in the forward-backward sums (a calibration knob)
 * @param paragraphCross cost of a bead that crosses a paragraph break (when both sides have
 *     informative paragraphs)
 * @param paragraphBoth bonus of a bead that starts a paragraph on both sides
 * @param calibA slope of the logistic calibration of posteriors (on the logit scale)
 * @param calibB intercept of that calibration
 * @param adapt when &gt; 0, a second pass re-estimates the bead-type probabilities of the document
 *     pair from the first pass, the defaults counting as this many beads
 * @param gapEvidence the gap audit: a 1-0 bead's confidence moves this many logit units per unit of
 *     anchor weight that says the sentence was dropped rather than merged (0 switches it off)
 */
public record AlignParams(double[] prior, double variance, double anchorScale, double missScale, double temperature,
        double paragraphCross, double paragraphBoth, double calibA, double calibB, double adapt, double gapEvidence) {

    public static final AlignParams DEFAULT = new AlignParams(
            new double[] {0.86, 0.025, 0.02, 0.04, 0.04, 0.008, 0.003, 0.003},
            12.0, 1.5, 0.7, 1.0, 1.0, 1.0, 1.0, 0.6, 0, 1.0);

    public AlignParams {
        prior = prior.clone();
        if (prior.length != BandedDp.MOVES.length) {
            throw new IllegalArgumentException("need " + BandedDp.MOVES.length + " bead priors");
        }
    }

    @Override
    public double[] prior() {
        return prior.clone();
    }

    public AlignParams withPrior(int k, double v) {
        double[] pr = prior.clone();
        pr[k] = v;
        return new AlignParams(pr, variance, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, calibA, calibB, adapt, gapEvidence);
    }

    public AlignParams with(String name, double v) {
        return switch (name) {
            case "variance" -> new AlignParams(prior, v, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, calibA, calibB, adapt, gapEvidence);
            case "anchorScale" -> new AlignParams(prior, variance, v, missScale, temperature, paragraphCross, paragraphBoth, calibA, calibB, adapt, gapEvidence);
            case "temperature" -> new AlignParams(prior, variance, anchorScale, missScale, v, paragraphCross, paragraphBoth, calibA, calibB, adapt, gapEvidence);
            case "missScale" -> new AlignParams(prior, variance, anchorScale, v, temperature, paragraphCross, paragraphBoth, calibA, calibB, adapt, gapEvidence);
            case "paragraphCross" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, v, paragraphBoth, calibA, calibB, adapt, gapEvidence);
            case "paragraphBoth" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, paragraphCross, v, calibA, calibB, adapt, gapEvidence);
            case "calibA" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, v, calibB, adapt, gapEvidence);
            case "calibB" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, calibA, v, adapt, gapEvidence);
            case "gapEvidence" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, calibA, calibB, adapt, v);
            case "adapt" -> new AlignParams(prior, variance, anchorScale, missScale, temperature, paragraphCross, paragraphBoth, calibA, calibB, v, gapEvidence);
            default -> {
                if (name.startsWith("prior")) {
                    yield withPrior(Integer.parseInt(name.substring(5)), v);
                }
                throw new IllegalArgumentException("unknown parameter " + name);
            }
        };
    }
}
