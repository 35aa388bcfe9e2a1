package jp.osaka.renkei.survey;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface PartnerRepository extends JpaRepository<Partner, Long> {

    List<Partner> findAllByOrderBySortOrder();
}
