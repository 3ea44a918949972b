DROP INDEX "rucio_file_dataset_idx";--> statement-breakpoint
CREATE INDEX "rucio_file_dataset_idx" ON "rucio_file" USING btree ("dataset_scope","dataset_name","created_at","bytes");