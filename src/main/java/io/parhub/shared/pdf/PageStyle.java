package io.parhub.shared.pdf;

/**
 * The margins (points) and line spacing (a multiple of the font size) of an A4 portrait document; each kind of
 * document keeps its own, so moving one does not shift the other's pages.
 */
public record PageStyle(float left, float right, float top, float bottom, float lineSpacing) {

    /** Points per millimetre. */
    public static final float MM = 72f / 25.4f;

    /** The width between the margins. */
    public float width() {
        return PdfLayout.PAGE.getWidth() - left - right;
    }

    /** Widths given in millimetres, as forms and decrees state them, in points. */
    public static float[] mm(float... millimetres) {
        float[] points = new float[millimetres.length];
        for (int i = 0; i < points.length; i++) {
            points[i] = millimetres[i] * MM;
        }
        return points;
    }
}
