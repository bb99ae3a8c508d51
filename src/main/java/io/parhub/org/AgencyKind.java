package io.parhub.org;

/** What sort of agency (cơ quan) a row is; decides where it sits in the agency tree. */
public enum AgencyKind {
    /** Ủy ban nhân dân (UBND) of a province, district or commune. */
    PEOPLES_COMMITTEE,
    /** Cơ quan chuyên môn: a provincial department (sở, Văn phòng UBND, Thanh tra, Ban Dân tộc). */
    DEPARTMENT,
    /** Ban: a board under the provincial People's Committee, e.g. Ban Quản lý các khu công nghiệp. */
    BOARD,
    /** Đơn vị sự nghiệp công lập: public service unit (newspaper, broadcaster, project boards...). */
    SERVICE_UNIT,
    /** Trung tâm Phục vụ hành chính công: the provincial one-stop centre. */
    ONE_STOP_CENTRE,
    /** Cơ quan Trung ương đóng trên địa bàn: answers to its ministry, a root of its own. */
    CENTRAL_AGENCY,
    /** Anything else, e.g. Văn phòng HĐND tỉnh (serves the council, not the People's Committee). */
    OTHER
}
