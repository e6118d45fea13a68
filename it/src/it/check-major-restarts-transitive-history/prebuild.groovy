// The builds share the it/ local repository, which outlives a run: remove what an earlier run of
// this test left there about the product (cached metadata), so that each run
// starts from the same state. The file repository starts empty too.
new File(localRepositoryPath, 'dev/dataproduct/it/major-orders').deleteDir()
new File(basedir, 'repo').deleteDir()
true
