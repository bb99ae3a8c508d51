-- Citizen evaluation of a finished dossier: the 9 indicators of Thông tư 01/2018/TT-VPCP Điều 13 (0–2 points each,
-- max 18), agency bands, one evaluation per dossier. Schemes, indicators and bands are data with validity dates so a
-- later regime is a new row, not new code.
--
-- Sources (paraphrased, not verbatim). Titles of all 9 indicators and the 2/1/0 meanings of indicators 1–4 follow the
-- secondary sources below; the 2/1/0 meanings of indicators 5–9 are parhub's reading of the titles and are NOT
-- verified against the Thông tư's text (check Điều 13 khoản 5–9 and edit these rows if they differ):
--   Thông tư 01/2018/TT-VPCP ngày 23/11/2018 (hiệu lực 06/01/2019) Điều 13–15;
--   Công an tỉnh Tiền Giang, "Các chỉ số đánh giá việc giải quyết thủ tục hành chính theo Thông tư số 01/2018/TT-VPCP"
--     http://congan.tiengiang.gov.vn/chi-tiet-tin/?/cac-chi-so-anh-gia-viec-giai-quyet-thu-tuc-hanh-chinh-theo-thong-tu-so-01-2018-tt-vpcp-ngay-23-11-2018/14235507
--   Tuyên Quang one-stop portal, Mẫu phiếu đánh giá (indicators 1–4 with 2/1/0 points)
--     https://dichvucong.tuyenquang.gov.vn/tuyenquang/phieuchamdiem/inphieu_chamdiem_canbo
--   Thừa Thiên Huế portal, evaluation form (titles of indicators 5–9)
--     https://dichvucong.thuathienhue.gov.vn/mucdo-hailong/ReqId/6328235d
--   thukyluat.vn, "Hướng dẫn chấm điểm đánh giá việc giải quyết thủ tục hành chính" (which indicators are per dossier)
--
-- Regime (docs/dossier-evaluation.md): TT 01/2018 was the central rule until 30/6/2025. No successor to its
-- 9 criteria has been seen after 1/7/2025 (the national practice is Bộ chỉ số 766, QĐ 766/QĐ-TTg), so from
-- 1/7/2025 the same criteria are shipped as a separate, clearly labelled provincial scheme, editable as data.

create table dossier_evaluation_scheme (
    code        text primary key,
    name        text not null,
    label       text not null,
    legal_basis text not null,
    provincial  boolean not null,
    valid_from  date not null,
    valid_to    date,
    check (valid_to is null or valid_to >= valid_from)
);

create table dossier_evaluation_indicator (
    scheme_code text     not null references dossier_evaluation_scheme (code),
    number      smallint not null check (number between 1 and 99),
    title       text     not null,
    score_2     text     not null,
    score_1     text     not null,
    score_0     text     not null,
    source      text     not null,
    primary key (scheme_code, number)
);

-- An average total at or above min_total (inclusive) falls in the band; the highest such band wins.
create table dossier_evaluation_band (
    id          bigserial primary key,
    scheme_code text          not null references dossier_evaluation_scheme (code),
    valid_from  date          not null,
    valid_to    date,
    code        text          not null,
    name_vi     text          not null,
    name_en     text          not null,
    min_total   numeric(5, 2) not null check (min_total >= 0),
    unique (scheme_code, valid_from, code),
    check (valid_to is null or valid_to >= valid_from)
);

-- One evaluation per dossier (a fact: never replaced). agency_id is the handling agency at evaluation time.
create table dossier_evaluation (
    id           bigserial primary key,
    dossier_id   bigint      not null unique references dossier (id),
    dossier_code text        not null,
    agency_id    bigint      not null,
    scheme_code  text        not null references dossier_evaluation_scheme (code),
    dossier_status text      not null,
    channel      text        not null check (channel in ('PUBLIC', 'COUNTER')),
    recorded_by  text        not null,
    evaluated_at timestamp   not null,
    created_at   timestamptz not null default now()
);
create index dossier_evaluation_agency_time on dossier_evaluation (agency_id, evaluated_at);

create table dossier_evaluation_score (
    evaluation_id bigint   not null references dossier_evaluation (id),
    scheme_code   text     not null,
    number        smallint not null,
    score         smallint not null check (score between 0 and 2),
    primary key (evaluation_id, number),
    foreign key (scheme_code, number) references dossier_evaluation_indicator (scheme_code, number)
);

insert into dossier_evaluation_scheme (code, name, label, legal_basis, provincial, valid_from, valid_to) values
('TT01-2018', 'Chỉ số đánh giá việc giải quyết TTHC (9 chỉ số, 0–2 điểm)',
 'Theo Thông tư 01/2018/TT-VPCP Điều 13–15', 'Thông tư 01/2018/TT-VPCP ngày 23/11/2018, Điều 13–15', false,
 date '2019-01-06', date '2025-06-30'),
('TT01-2018-TINH', 'Chỉ số đánh giá việc giải quyết TTHC (9 chỉ số, 0–2 điểm)',
 'Theo TT 01/2018, tỉnh tiếp tục áp dụng (không còn là quy định trung ương từ 01/7/2025)',
 'Lựa chọn của tỉnh, dựa trên Thông tư 01/2018/TT-VPCP Điều 13–15; quy định trung ương hiện hành dùng Bộ chỉ số 766 (QĐ 766/QĐ-TTg)',
 true, date '2025-07-01', null);

insert into dossier_evaluation_indicator (scheme_code, number, title, score_2, score_1, score_0, source) values
('TT01-2018', 1, 'Tổng thời gian giải quyết thủ tục hành chính so với thời gian cho phép theo quy định của pháp luật',
 'Tổng thời gian ngắn hơn quy định', 'Tổng thời gian bằng thời gian quy định', 'Tổng thời gian dài hơn quy định',
 'TT 01/2018/TT-VPCP Điều 13 khoản 1'),
('TT01-2018', 2, 'Thời gian thực hiện của từng cơ quan, đơn vị tham gia giải quyết (kể cả đơn vị phối hợp) so với quy định',
 'Cơ quan, đơn vị xử lý ngắn hơn thời hạn quy định', 'Cơ quan, đơn vị xử lý bằng thời hạn quy định',
 'Cơ quan, đơn vị xử lý dài hơn thời hạn quy định', 'TT 01/2018/TT-VPCP Điều 13 khoản 2'),
('TT01-2018', 3, 'Số lần phải liên hệ với nơi tiếp nhận hồ sơ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ trực tuyến)',
 'Không phải liên hệ lần nào để hoàn thiện hồ sơ', 'Chỉ phải liên hệ một lần để hoàn thiện hồ sơ',
 'Phải liên hệ hơn một lần, trừ trường hợp do lỗi của người nộp hồ sơ', 'TT 01/2018/TT-VPCP Điều 13 khoản 3'),
('TT01-2018', 4, 'Số lượng cơ quan, đơn vị, tổ chức phải liên hệ để hoàn thiện hồ sơ thủ tục hành chính (kể cả liên hệ trực tuyến)',
 'Không phải liên hệ với cơ quan, đơn vị, tổ chức nào', 'Phải liên hệ với một cơ quan, đơn vị, tổ chức',
 'Phải liên hệ với hơn một cơ quan, đơn vị, tổ chức', 'TT 01/2018/TT-VPCP Điều 13 khoản 4'),
('TT01-2018', 5, 'Thực hiện tổ chức tiếp nhận hồ sơ, giải quyết, trả kết quả tại Bộ phận Một cửa',
 'Tiếp nhận, giải quyết và trả kết quả đều qua Bộ phận Một cửa', 'Thực hiện một phần qua Bộ phận Một cửa',
 'Không thực hiện qua Bộ phận Một cửa', 'TT 01/2018/TT-VPCP Điều 13 khoản 5'),
('TT01-2018', 6, 'Thái độ của cán bộ, công chức, viên chức khi hướng dẫn lập hồ sơ, tiếp nhận và giải quyết hồ sơ thủ tục hành chính',
 'Tận tình, chu đáo, đúng quy định', 'Chưa tận tình nhưng không gây phiền hà', 'Có thái độ gây phiền hà, sách nhiễu',
 'TT 01/2018/TT-VPCP Điều 13 khoản 6'),
('TT01-2018', 7, 'Công khai các thủ tục hành chính',
 'Thủ tục được công khai đầy đủ, đúng quy định', 'Công khai chưa đầy đủ', 'Không công khai',
 'TT 01/2018/TT-VPCP Điều 13 khoản 7'),
('TT01-2018', 8, 'Tiếp thu, giải trình đối với các ý kiến phản ánh, kiến nghị của tổ chức, cá nhân',
 'Tiếp thu, giải trình đầy đủ, đúng hạn', 'Tiếp thu, giải trình nhưng quá hạn hoặc chưa đầy đủ',
 'Không tiếp thu, giải trình', 'TT 01/2018/TT-VPCP Điều 13 khoản 8'),
('TT01-2018', 9, 'Tiến độ và chất lượng cung cấp dịch vụ công trực tuyến của cơ quan có thẩm quyền',
 'Đúng tiến độ, đạt chất lượng', 'Chậm tiến độ hoặc chưa đạt chất lượng', 'Không cung cấp theo quy định',
 'TT 01/2018/TT-VPCP Điều 13 khoản 9');

insert into dossier_evaluation_indicator (scheme_code, number, title, score_2, score_1, score_0, source)
select 'TT01-2018-TINH', number, title, score_2, score_1, score_0, source || ' (tỉnh tiếp tục áp dụng)'
from dossier_evaluation_indicator where scheme_code = 'TT01-2018';

-- Bands as commonly applied under TT 01/2018 (thresholds unverified: edit these rows, not code): ≥15; 12–<15; 9–<12; 6–<9; <6.
insert into dossier_evaluation_band (scheme_code, valid_from, valid_to, code, name_vi, name_en, min_total)
select s.code, s.valid_from, s.valid_to, b.code, b.name_vi, b.name_en, b.min_total
from dossier_evaluation_scheme s cross join (values
    ('XUAT_SAC', 'Xuất sắc', 'Excellent', 15.00),
    ('TOT', 'Tốt', 'Good', 12.00),
    ('KHA', 'Khá', 'Fair', 9.00),
    ('TRUNG_BINH', 'Trung bình', 'Average', 6.00),
    ('YEU', 'Yếu', 'Weak', 0.00)) as b (code, name_vi, name_en, min_total);
