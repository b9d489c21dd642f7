DROP INDEX `training_certificates_course`;--> statement-breakpoint
DROP INDEX `training_certificates_previous`;--> statement-breakpoint
CREATE INDEX `training_certificates_course_enrolment` ON `training_certificates` (`course_id`,`enrolment_id`,`voided`) WHERE course_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `training_certificates_renewed` ON `training_certificates` (`previous_id`,`voided`,`office_code`) WHERE previous_id IS NOT NULL;--> statement-breakpoint
CREATE INDEX `training_certificates_register` ON `training_certificates` (`office_code`,`voided`,`issue_date`,`id`,`expiry_date`,`revoked_at`);--> statement-breakpoint
CREATE INDEX `training_certificates_register_township` ON `training_certificates` (`office_code`,`voided`,`township`,`issue_date`,`id`);--> statement-breakpoint
CREATE INDEX `training_certificates_register_kind` ON `training_certificates` (`office_code`,`voided`,`kind_id`,`issue_date`,`id`);--> statement-breakpoint
CREATE INDEX `training_certificates_register_revoked` ON `training_certificates` (`office_code`,`voided`,`issue_date`,`id`) WHERE revoked_at IS NOT NULL;--> statement-breakpoint
CREATE INDEX `training_certificates_held` ON `training_certificates` (`person_id`,`expiry_date`,`issue_date`,`kind_id`,`office_code`,`township`,`sector`) WHERE voided = 0 AND revoked_at IS NULL;--> statement-breakpoint
CREATE INDEX `training_certificates_issued` ON `training_certificates` (`issue_date`,`kind_id`,`office_code`,`township`,`sector`,`previous_id`,`person_id`) WHERE voided = 0;--> statement-breakpoint
CREATE INDEX `training_certificates_person_issued` ON `training_certificates` (`person_id`,`issue_date`,`kind_id`) WHERE voided = 0;