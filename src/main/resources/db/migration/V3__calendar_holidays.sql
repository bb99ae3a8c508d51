-- Working-day calendar (module calendar). Holiday rules are data so that a new holiday (e.g. 24/11 Ngày Văn hóa
-- Việt Nam, once enacted) is added with its effective date, without a code change.

-- A public holiday rule: a solar or lunar date, how many days from which offset, and when the rule is in force.
create table calendar_holiday_rule (
    id                 bigserial primary key,
    code               text    not null,
    occasion           text    not null,  -- groups rules that an official schedule announces together
    name               text    not null,
    name_en            text    not null,
    date_basis         text    not null check (date_basis in ('solar', 'lunar')),
    month              int     not null check (month between 1 and 12),
    day                int     not null check (day between 1 and 31),
    start_offset       int     not null default 0,   -- days added to the date to get the first holiday
    days               int     not null default 1 check (days between 1 and 15),
    adjacent_day       boolean not null default false, -- plus one day before or after, chosen yearly (Quốc khánh)
    valid_from         date    not null,
    valid_to           date,
    legal_basis        text    not null,
    compensatory_basis text    not null,  -- the article that moves a holiday falling on a weekend
    unique (code, valid_from),
    check (valid_to is null or valid_to >= valid_from)
);

-- Bộ luật Lao động 2012 (Luật 10/2012/QH13, in force 1/5/2013), Điều 115: 10 days.
insert into calendar_holiday_rule (code, occasion, name, name_en, date_basis, month, day, start_offset, days,
        adjacent_day, valid_from, valid_to, legal_basis, compensatory_basis) values
 ('new_year', 'new_year', 'Tết Dương lịch', 'New Year''s Day', 'solar', 1, 1, 0, 1, false, '2013-05-01', '2020-12-31',
  'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm a', 'Bộ luật Lao động 2012 Điều 115 khoản 3'),
 ('tet', 'tet', 'Tết Âm lịch', 'Lunar New Year (Tết)', 'lunar', 1, 1, -1, 5, false, '2013-05-01', '2020-12-31',
  'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm b', 'Bộ luật Lao động 2012 Điều 115 khoản 3'),
 ('victory_day', 'april30_may1', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'solar', 4, 30, 0, 1,
  false, '2013-05-01', '2020-12-31', 'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm c',
  'Bộ luật Lao động 2012 Điều 115 khoản 3'),
 ('labour_day', 'april30_may1', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'solar', 5, 1, 0, 1,
  false, '2013-05-01', '2020-12-31', 'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm d',
  'Bộ luật Lao động 2012 Điều 115 khoản 3'),
 ('national_day', 'national_day', 'Quốc khánh', 'National Day', 'solar', 9, 2, 0, 1, false, '2013-05-01', '2020-12-31',
  'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm đ', 'Bộ luật Lao động 2012 Điều 115 khoản 3'),
 ('hung_kings', 'hung_kings', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day', 'lunar', 3, 10, 0, 1, false,
  '2013-05-01', '2020-12-31', 'Bộ luật Lao động 2012 Điều 115 khoản 1 điểm e',
  'Bộ luật Lao động 2012 Điều 115 khoản 3');

-- Bộ luật Lao động 2019 (Luật 45/2019/QH14, in force 1/1/2021), Điều 112 khoản 1: 11 days.
insert into calendar_holiday_rule (code, occasion, name, name_en, date_basis, month, day, start_offset, days,
        adjacent_day, valid_from, valid_to, legal_basis, compensatory_basis) values
 ('new_year', 'new_year', 'Tết Dương lịch', 'New Year''s Day', 'solar', 1, 1, 0, 1, false, '2021-01-01', null,
  'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm a', 'Bộ luật Lao động 2019 Điều 111 khoản 3'),
 ('tet', 'tet', 'Tết Âm lịch', 'Lunar New Year (Tết)', 'lunar', 1, 1, -1, 5, false, '2021-01-01', null,
  'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm b', 'Bộ luật Lao động 2019 Điều 111 khoản 3'),
 ('victory_day', 'april30_may1', 'Ngày Chiến thắng (30/4)', 'Reunification Day (30 April)', 'solar', 4, 30, 0, 1,
  false, '2021-01-01', null, 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm c',
  'Bộ luật Lao động 2019 Điều 111 khoản 3'),
 ('labour_day', 'april30_may1', 'Ngày Quốc tế Lao động (1/5)', 'International Labour Day (1 May)', 'solar', 5, 1, 0, 1,
  false, '2021-01-01', null, 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm d',
  'Bộ luật Lao động 2019 Điều 111 khoản 3'),
 ('national_day', 'national_day', 'Quốc khánh', 'National Day', 'solar', 9, 2, 0, 1, true, '2021-01-01', null,
  'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm đ', 'Bộ luật Lao động 2019 Điều 111 khoản 3'),
 ('hung_kings', 'hung_kings', 'Giỗ Tổ Hùng Vương', 'Hung Kings'' Commemoration Day', 'lunar', 3, 10, 0, 1, false,
  '2021-01-01', null, 'Bộ luật Lao động 2019 Điều 112 khoản 1 điểm e', 'Bộ luật Lao động 2019 Điều 111 khoản 3');

-- The official schedule of one year, as announced by the Prime Minister / the Ministry. It overrides the computed
-- days of the occasions it lists. One version per year for optimistic locking of concurrent edits.
create table calendar_year_schedule (
    year       int         primary key check (year between 1900 and 2199),
    version    int         not null,
    origin     text        not null check (origin in ('seed', 'form', 'csv')),
    updated_at timestamptz not null,
    updated_by text        not null
);

create table calendar_schedule_day (
    day           date not null primary key,
    year          int  not null references calendar_year_schedule (year) on delete cascade,
    kind          text not null check (kind in ('holiday', 'compensatory_day_off', 'swapped_day_off',
                                                'make_up_working_day')),
    occasion      text not null,
    occasion_name text not null,
    legal_basis   text not null,
    source_url    text,
    check (extract(year from day) = year)
);

create index calendar_schedule_day_year on calendar_schedule_day (year, day);

-- Office hours per agency (key: the agency code of module org; 'default' applies to every other agency).
-- Cut-off: a dossier received at or after it counts as received the next working day (Nghị định 61/2018 Điều 18).
create table calendar_office_hours (
    agency_code     text primary key,
    morning_open    time not null,
    morning_close   time not null,
    afternoon_open  time not null,
    afternoon_close time not null,
    cutoff          time not null,
    note            text not null default '',
    check (morning_open < morning_close and morning_close <= afternoon_open and afternoon_open < afternoon_close)
);

insert into calendar_office_hours values
 ('default', '07:00', '11:30', '13:00', '17:00', '15:00',
  'Giờ hành chính mặc định; hồ sơ nhận sau 15:00 được tính là nhận vào ngày làm việc tiếp theo');
