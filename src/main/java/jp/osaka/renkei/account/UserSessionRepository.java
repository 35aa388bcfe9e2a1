package jp.osaka.renkei.account;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface UserSessionRepository extends JpaRepository<UserSession, String> {

    /** The session's row with its user, in one query: empty once the row was deleted (signed out elsewhere). */
    @Query("select s, u from UserSession s join AppUser u on u.id = s.userId where s.id = :id")
    List<Object[]> findWithUser(@Param("id") String id);

    List<UserSession> findByUserIdOrderBySignedInAtAscIdAsc(long userId);

    @Modifying
    @Query("update UserSession s set s.lastSeenAt = :now where s.id = :id")
    int touch(@Param("id") String id, @Param("now") Instant now);

    @Modifying
    @Query("delete from UserSession s where s.userId = :userId and s.id <> :kept")
    int deleteOthers(@Param("userId") long userId, @Param("kept") String kept);

    @Modifying
    @Query("delete from UserSession s where s.userId = :userId")
    int deleteAllOf(@Param("userId") long userId);

    @Modifying
    @Query("delete from UserSession s where s.id = :id")
    int deleteOne(@Param("id") String id);

    @Modifying
    @Query("delete from UserSession s where s.id in :ids")
    int deleteRows(@Param("ids") Collection<String> ids);

    @Modifying
    @Query("delete from UserSession s where s.lastSeenAt < :before")
    int deleteSeenBefore(@Param("before") Instant before);
}
