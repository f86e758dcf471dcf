-- Packages' data quota per subscription period and fair-usage rate (issue 18); null: no quota.
ALTER TABLE package_view ADD COLUMN data_quota_mb INTEGER;
ALTER TABLE package_view ADD COLUMN fup_download_kbps INTEGER;
ALTER TABLE package_view ADD COLUMN fup_upload_kbps INTEGER;
