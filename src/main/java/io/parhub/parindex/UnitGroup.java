package io.parhub.parindex;

/**
 * The groups units are compared in (khối): each group has its own criteria set and its own ranking. District People's
 * Committees are assessed until the district level ends on 1/7/2025; commune People's Committees from then on.
 */
public enum UnitGroup {
    /** Sở, ban, ngành tỉnh. */
    DEPARTMENT,
    /** UBND cấp huyện (until 30/6/2025). */
    DISTRICT,
    /** UBND cấp xã, phường (from 1/7/2025). */
    COMMUNE,
    /** Đơn vị sự nghiệp công lập thuộc UBND tỉnh. */
    SERVICE_UNIT,
    /** Cơ quan Trung ương đóng trên địa bàn tỉnh. */
    CENTRAL_AGENCY
}
