package jp.osaka.renkei.ward;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface WardRepository extends JpaRepository<Ward, Long> {

    List<Ward> findAllByOrderBySortOrder();

    Optional<Ward> findByCode(String code);
}
