-- 送审/已批复的目标表只读: the review module sets the flag in the transaction of 送审 and clears it on 撤回, 退回 and
-- 调整. goals does not know why a table is locked, only that it must not change.
alter table goal_table add column locked boolean default false not null;
