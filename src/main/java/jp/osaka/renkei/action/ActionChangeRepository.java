package jp.osaka.renkei.action;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface ActionChangeRepository extends JpaRepository<ActionChange, Long> {

    List<ActionChange> findByActionIdOrderByChangedAtDescIdDesc(long actionId);
}
