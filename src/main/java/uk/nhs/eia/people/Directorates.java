package uk.nhs.eia.people;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The organisation's directorates and who belongs to which. */
@Service
public class Directorates {

    private final JdbcClient jdbc;

    Directorates(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public List<Directorate> of(String username) {
        return SignedInPerson.ofThisRequest(username).map(SignedInPerson::directorates).orElseGet(() -> jdbc.sql("""
                select d.code, d.name from eia_directorate d
                join eia_directorate_member m on m.directorate_code = d.code
                where m.username = ? order by d.name""")
                .param(username).query(Directorate.class).list());
    }

    @Transactional(readOnly = true)
    public List<Directorate> all() {
        return jdbc.sql("select code, name from eia_directorate order by name").query(Directorate.class).list();
    }

    @Transactional
    public void join(String username, String directorateCode) {
        SignedInPerson.forget(username);
        int already = jdbc.sql("select count(*) from eia_directorate_member where username = ? and directorate_code = ?")
                .params(username, directorateCode).query(Integer.class).single();
        if (already == 0) {
            jdbc.sql("insert into eia_directorate_member (username, directorate_code) values (?, ?)")
                    .params(username, directorateCode).update();
        }
    }

    /** Makes the person a member of exactly these directorates. */
    @Transactional
    public void setFor(String username, List<String> directorateCodes) {
        SignedInPerson.forget(username);
        jdbc.sql("delete from eia_directorate_member where username = ?").param(username).update();
        directorateCodes.forEach(code -> join(username, code));
    }

    public record Directorate(String code, String name) {
    }
}
