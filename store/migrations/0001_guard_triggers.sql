-- Guards that must hold whatever code writes to the store.

-- A locked tag is immutable and cannot be deleted (DOMAIN §2.2). The service refuses first with a
-- TAG_LOCKED error; this trigger is the backstop for any other writer.
CREATE FUNCTION pcs_tag_guard_locked() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.status = 'locked' THEN
    RAISE EXCEPTION 'tag % is locked and cannot be %', OLD.tag_label, lower(TG_OP)
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pcs_tag_locked_immutable';
  END IF;
  IF TG_OP = 'UPDATE' AND (NEW.tag_type <> OLD.tag_type OR NEW.tag_number <> OLD.tag_number) THEN
    RAISE EXCEPTION 'tag % cannot be renumbered', OLD.tag_label
      USING ERRCODE = 'check_violation', CONSTRAINT = 'pcs_tag_number_immutable';
  END IF;
  IF TG_OP = 'DELETE' THEN RETURN OLD; END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER pcs_tag_guard_locked BEFORE UPDATE OR DELETE ON pcs_tag
  FOR EACH ROW EXECUTE FUNCTION pcs_tag_guard_locked();
--> statement-breakpoint

-- Artifact versions are immutable content: only their status (superseded/archived) and review
-- quality may change afterwards.
CREATE FUNCTION artifact_version_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'artifact versions are append-only'
      USING ERRCODE = 'check_violation', CONSTRAINT = 'artifact_version_append_only';
  END IF;
  IF NEW.content IS DISTINCT FROM OLD.content OR NEW.data IS DISTINCT FROM OLD.data
     OR NEW.version IS DISTINCT FROM OLD.version OR NEW.page_id IS DISTINCT FROM OLD.page_id
     OR NEW.verdict IS DISTINCT FROM OLD.verdict OR NEW.created_by IS DISTINCT FROM OLD.created_by THEN
    RAISE EXCEPTION 'artifact version % of page % is immutable', OLD.version, OLD.page_id
      USING ERRCODE = 'check_violation', CONSTRAINT = 'artifact_version_immutable';
  END IF;
  RETURN NEW;
END $$;
--> statement-breakpoint
CREATE TRIGGER artifact_version_guard BEFORE UPDATE OR DELETE ON artifact_version
  FOR EACH ROW EXECUTE FUNCTION artifact_version_guard();
--> statement-breakpoint

-- Validation results are append-only (the newest row per sample and revision is current).
CREATE FUNCTION append_only_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME
    USING ERRCODE = 'check_violation', CONSTRAINT = TG_TABLE_NAME || '_append_only';
END $$;
--> statement-breakpoint
CREATE TRIGGER pcs_validation_result_append_only BEFORE UPDATE OR DELETE ON pcs_validation_result
  FOR EACH ROW EXECUTE FUNCTION append_only_guard();
--> statement-breakpoint
CREATE TRIGGER ai_approval_append_only BEFORE UPDATE OR DELETE ON ai_approval
  FOR EACH ROW EXECUTE FUNCTION append_only_guard();
