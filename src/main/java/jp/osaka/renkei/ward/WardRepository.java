package jp.osaka.renkei.ward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

// Wards leave the service with their mailboxes: the screens read them after the transaction (24 wards, one join).
interface WardRepository extends JpaRepository<Ward, Long> {

    @EntityGraph(attributePaths = "mailboxes")
    List<Ward> findAllByOrderBySortOrder();

    @Override
    @EntityGraph(attributePaths = "mailboxes")
    Optional<Ward> findById(Long id);

    @EntityGraph(attributePaths = "mailboxes")
    Optional<Ward> findByCode(String code);

    Optional<Ward> findBySlugIgnoreCase(String slug);
}
