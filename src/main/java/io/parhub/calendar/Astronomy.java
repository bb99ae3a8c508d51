package io.parhub.calendar;

/**
 * The two astronomical quantities the lunar calendar needs, after Jean Meeus, <i>Astronomical Algorithms</i>
 * (2nd ed., 1998): the instant of a new moon (chapter 49) and the apparent longitude of the Sun (chapter 25).
 * Times are Julian days; {@code newMoon} answers in Universal Time, {@code apparentSolarLongitude} takes it.
 */
final class Astronomy {

    private static final double RAD = Math.PI / 180;

    private Astronomy() {
    }

    /** Universal Time (Julian day) of true new moon number {@code k}, where k = 0 is the new moon of 2000-01-06. */
    static double newMoon(long k) {
        double t = k / 1236.85;
        double t2 = t * t;
        double t3 = t2 * t;
        double t4 = t3 * t;
        double jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * t2 - 0.000000150 * t3 + 0.00000000073 * t4;
        double e = 1 - 0.002516 * t - 0.0000074 * t2;
        double m = (2.5534 + 29.10535670 * k - 0.0000014 * t2 - 0.00000011 * t3) * RAD;
        double mp = (201.5643 + 385.81693528 * k + 0.0107582 * t2 + 0.00001238 * t3 - 0.000000058 * t4) * RAD;
        double f = (160.7108 + 390.67050284 * k - 0.0016118 * t2 - 0.00000227 * t3 + 0.000000011 * t4) * RAD;
        double omega = (124.7746 - 1.56375588 * k + 0.0020672 * t2 + 0.00000215 * t3) * RAD;

        double correction = -0.40720 * Math.sin(mp)
                + 0.17241 * e * Math.sin(m)
                + 0.01608 * Math.sin(2 * mp)
                + 0.01039 * Math.sin(2 * f)
                + 0.00739 * e * Math.sin(mp - m)
                - 0.00514 * e * Math.sin(mp + m)
                + 0.00208 * e * e * Math.sin(2 * m)
                - 0.00111 * Math.sin(mp - 2 * f)
                - 0.00057 * Math.sin(mp + 2 * f)
                + 0.00056 * e * Math.sin(2 * mp + m)
                - 0.00042 * Math.sin(3 * mp)
                + 0.00042 * e * Math.sin(m + 2 * f)
                + 0.00038 * e * Math.sin(m - 2 * f)
                - 0.00024 * e * Math.sin(2 * mp - m)
                - 0.00017 * Math.sin(omega)
                - 0.00007 * Math.sin(mp + 2 * m)
                + 0.00004 * Math.sin(2 * mp - 2 * f)
                + 0.00004 * Math.sin(3 * m)
                + 0.00003 * Math.sin(mp + m - 2 * f)
                + 0.00003 * Math.sin(2 * mp + 2 * f)
                - 0.00003 * Math.sin(mp + m + 2 * f)
                + 0.00003 * Math.sin(mp - m + 2 * f)
                - 0.00002 * Math.sin(mp - m - 2 * f)
                - 0.00002 * Math.sin(3 * mp + m)
                + 0.00002 * Math.sin(4 * mp);

        double planetary = 0.000325 * sinDeg(299.77 + 0.107408 * k - 0.009173 * t2)
                + 0.000165 * sinDeg(251.88 + 0.016321 * k)
                + 0.000164 * sinDeg(251.83 + 26.651886 * k)
                + 0.000126 * sinDeg(349.42 + 36.412478 * k)
                + 0.000110 * sinDeg(84.66 + 18.206239 * k)
                + 0.000062 * sinDeg(141.74 + 53.303771 * k)
                + 0.000060 * sinDeg(207.14 + 2.453732 * k)
                + 0.000056 * sinDeg(154.84 + 7.306860 * k)
                + 0.000047 * sinDeg(34.52 + 27.261239 * k)
                + 0.000042 * sinDeg(207.19 + 0.121824 * k)
                + 0.000040 * sinDeg(291.34 + 1.844379 * k)
                + 0.000037 * sinDeg(161.72 + 24.198154 * k)
                + 0.000035 * sinDeg(239.56 + 25.513099 * k)
                + 0.000023 * sinDeg(331.55 + 3.592518 * k);

        double dynamicalTime = jde + correction + planetary;
        return dynamicalTime - deltaTSeconds(dynamicalTime) / 86400.0;
    }

    /** Apparent geocentric longitude of the Sun in degrees [0, 360) at a Universal Time Julian day. */
    static double apparentSolarLongitude(double universalTime) {
        double jde = universalTime + deltaTSeconds(universalTime) / 86400.0;
        double t = (jde - 2451545.0) / 36525;
        double t2 = t * t;
        double meanLongitude = 280.46646 + 36000.76983 * t + 0.0003032 * t2;
        double meanAnomaly = (357.52911 + 35999.05029 * t - 0.0001537 * t2) * RAD;
        double center = (1.914602 - 0.004817 * t - 0.000014 * t2) * Math.sin(meanAnomaly)
                + (0.019993 - 0.000101 * t) * Math.sin(2 * meanAnomaly)
                + 0.000289 * Math.sin(3 * meanAnomaly);
        double omega = (125.04 - 1934.136 * t) * RAD;
        double apparent = meanLongitude + center - 0.00569 - 0.00478 * Math.sin(omega);
        return ((apparent % 360) + 360) % 360;
    }

    /**
     * ΔT = TT − UT in seconds, from the polynomial expressions of Espenak and Meeus (NASA Five Millennium Canon
     * of Solar Eclipses, 2006). Observed values are matched to about a second for 1900–2005; later years are
     * extrapolated, which shifts a new moon by well under a minute before 2100.
     */
    static double deltaTSeconds(double julianDay) {
        double y = 2000 + (julianDay - 2451544.5) / 365.2425;
        if (y < 1860) {
            double u = (y - 1820) / 100;
            return -20 + 32 * u * u;
        }
        if (y < 1900) {
            double t = y - 1860;
            return 7.62 + 0.5737 * t - 0.251754 * t * t + 0.01680668 * Math.pow(t, 3)
                    - 0.0004473624 * Math.pow(t, 4) + Math.pow(t, 5) / 233174;
        }
        if (y < 1920) {
            double t = y - 1900;
            return -2.79 + 1.494119 * t - 0.0598939 * t * t + 0.0061966 * Math.pow(t, 3) - 0.000197 * Math.pow(t, 4);
        }
        if (y < 1941) {
            double t = y - 1920;
            return 21.20 + 0.84493 * t - 0.076100 * t * t + 0.0020936 * Math.pow(t, 3);
        }
        if (y < 1961) {
            double t = y - 1950;
            return 29.07 + 0.407 * t - t * t / 233 + Math.pow(t, 3) / 2547;
        }
        if (y < 1986) {
            double t = y - 1975;
            return 45.45 + 1.067 * t - t * t / 260 - Math.pow(t, 3) / 718;
        }
        if (y < 2005) {
            double t = y - 2000;
            return 63.86 + 0.3345 * t - 0.060374 * t * t + 0.0017275 * Math.pow(t, 3) + 0.000651814 * Math.pow(t, 4)
                    + 0.00002373599 * Math.pow(t, 5);
        }
        if (y < 2050) {
            double t = y - 2000;
            return 62.92 + 0.32217 * t + 0.005589 * t * t;
        }
        double u = (y - 1820) / 100;
        if (y < 2150) {
            return -20 + 32 * u * u - 0.5628 * (2150 - y);
        }
        return -20 + 32 * u * u;
    }

    private static double sinDeg(double degrees) {
        return Math.sin(degrees * RAD);
    }
}
