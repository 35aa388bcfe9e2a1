package jp.osaka.renkei.survey;

import org.springframework.data.jpa.repository.JpaRepository;

interface RatingRepository extends JpaRepository<Rating, Long> {

    boolean existsByItemId(long itemId);
}
