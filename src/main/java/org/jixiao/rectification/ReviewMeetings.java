package org.jixiao.rectification;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Tables {@code rect_review_meeting} and {@code rect_review_item}: 季度复盘 records, written once, never changed. */
@Repository
class ReviewMeetings {

    private final JdbcClient jdbc;

    ReviewMeetings(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    record Item(long problemId, String status, LocalDate oldDeadline, LocalDate newDeadline) {
    }

    record Meeting(long id, String unitCode, int year, int quarter, LocalDate heldOn, String decisions,
                   String recordedByName, Instant createdAt) {
    }

    boolean exists(String unitCode, int year, int quarter) {
        return jdbc.sql("select count(*) from rect_review_meeting where unit_code = :u and fiscal_year = :y and quarter = :q")
                .param("u", unitCode).param("y", year).param("q", quarter).query(Long.class).single() > 0;
    }

    long insert(String unitCode, int year, int quarter, LocalDate heldOn, String decisions, long recordedBy,
                String recordedByName, Instant now, List<Item> items) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("""
                insert into rect_review_meeting (unit_code, fiscal_year, quarter, held_on, decisions, recorded_by,
                                                 recorded_by_name, created_at)
                values (:u, :y, :q, :held, :decisions, :by, :byName, :now)
                """)
                .param("u", unitCode).param("y", year).param("q", quarter).param("held", Date.valueOf(heldOn))
                .param("decisions", decisions).param("by", recordedBy).param("byName", recordedByName)
                .param("now", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        for (Item item : items) {
            jdbc.sql("""
                    insert into rect_review_item (meeting_id, problem_id, status, old_deadline, new_deadline)
                    values (:m, :p, :s, :old, :new)
                    """)
                    .param("m", id).param("p", item.problemId()).param("s", item.status())
                    .param("old", item.oldDeadline() == null ? null : Date.valueOf(item.oldDeadline()))
                    .param("new", item.newDeadline() == null ? null : Date.valueOf(item.newDeadline()))
                    .update();
        }
        return id;
    }

    List<Meeting> findByUnitAndYear(String unitCode, int year) {
        return jdbc.sql("""
                select id, unit_code, fiscal_year, quarter, held_on, decisions, recorded_by_name, created_at
                  from rect_review_meeting where unit_code = :u and fiscal_year = :y order by quarter
                """)
                .param("u", unitCode).param("y", year)
                .query((rs, i) -> new Meeting(rs.getLong("id"), rs.getString("unit_code"), rs.getInt("fiscal_year"),
                        rs.getInt("quarter"), rs.getDate("held_on").toLocalDate(), rs.getString("decisions"),
                        rs.getString("recorded_by_name"), rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    List<Item> items(long meetingId) {
        return jdbc.sql("""
                select problem_id, status, old_deadline, new_deadline from rect_review_item
                 where meeting_id = :m order by problem_id
                """)
                .param("m", meetingId)
                .query((rs, i) -> new Item(rs.getLong("problem_id"), rs.getString("status"),
                        date(rs.getDate("old_deadline")), date(rs.getDate("new_deadline"))))
                .list();
    }

    private static LocalDate date(Date d) {
        return d == null ? null : d.toLocalDate();
    }
}
