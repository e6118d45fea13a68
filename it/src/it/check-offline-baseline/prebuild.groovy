// The builds share the it/ local repository, which outlives a run: remove what an earlier run of
// this test left there about the product (installed releases, cached metadata), so that the local
// repository starts without them, as on a fresh CI agent. The file repository starts empty too.
new File(localRepositoryPath, 'dev/dataproduct/it/offline-orders').deleteDir()
new File(basedir, 'repo').deleteDir()
true
