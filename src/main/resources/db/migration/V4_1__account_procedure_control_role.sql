-- A role for the officers who keep the procedure catalogue (kiểm soát thủ tục hành chính).
alter table account_staff_role drop constraint account_staff_role_role_check;
alter table account_staff_role add constraint account_staff_role_role_check
    check (role in ('COUNTER_OFFICER', 'SPECIALIST', 'AGENCY_LEADER', 'PAR_FOCAL_POINT', 'PAR_OFFICE',
                    'PROVINCIAL_LEADER', 'ADMIN', 'PROCEDURE_CONTROL'));
