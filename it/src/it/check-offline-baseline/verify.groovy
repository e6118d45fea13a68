// Eight builds of one product whose releases are in a file repository that the local repository
// has no metadata of: offline, the baseline cannot be established and the build fails, in generate
// and in check; never a "first release", never a jar packed with "no earlier release".
evaluate(new File(verifyHelpers))
// Each build starts with Maven's "Scanning for projects..." and ends with its errors, if any.
assert builds.size() == 8 : "expected eight builds in build.log, found " + builds.size()

def ga = 'dev.dataproduct.it:offline-orders'
def offline = "Cannot establish the baseline of ${ga} 1.1.0: the build is offline and the local repository holds nothing cached from outer-local (file:"
def repositories = "it-releases (file:${basedir.path}/v1.1.0/../repo), central (https://repo.maven.apache.org/maven2) about the releases of ${ga}"
def advice = '; a baseline that cannot be established is not a first release. Build online once (without -o) so that Maven caches what the repositories hold, or set -Ddataproduct.baseline=<version|path|none>'

// 1. Online, the repositories answer and hold nothing: the first release, deployed.
expect 1, "[INFO] No earlier release of ${ga} below 1.0.0 in outer-local"
expect 1, 'or the local repository; this is the first release'
expect 1, '[INFO] BUILD SUCCESS'

// 2. Offline with nothing cached: generate stops before it packs anything, with one message that
//    names the repositories and says what to do.
expect 2, ':generate (default) on project offline-orders: ' + offline
expect 2, repositories + advice + ' -> [Help 1]'
expect 2, 'MojoExecutionException'
absent 2, 'this is the first release'
absent 2, 'as a first release'
absent 2, 'packed the contract'

// 3. The check goal resolves the baseline the same way, and fails the same way.
expect 3, ':check (default-cli) on project offline-orders: ' + offline
expect 3, repositories + advice + ' -> [Help 1]'
absent 3, 'this is the first release'
absent 3, 'as a first release'

// 4. dataproduct.baseline=none is an answer: checked and packed as a first release, offline too.
expect 4, '[INFO] dataproduct.baseline is none: nothing to compare offline-orders 1.1.0 with; it is checked and packed as a first release'
expect 4, '[INFO] BUILD SUCCESS'

// 5. 1.0.0 installed into the local repository, as a build on this machine does.
expect 5, '[INFO] BUILD SUCCESS'

// 6. Offline, a release installed here is named, but does not settle it: the newest may be elsewhere.
expect 6, offline
expect 6, repositories + ' (the local repository holds 1.0.0 installed by a build on this machine, which need not be the newest release)' + advice
absent 6, 'Compared offline-orders'

// 7. Online: it-releases is asked again (its "not found" cached by build 1 is no answer) and holds
//    1.0.0, which 1.1.0 breaks. Maven's "Downloaded from" line is no evidence (Maven 4 leaves it out
//    where CI=true); the metadata the local repository keeps of it-releases is: build 1 found
//    nothing there and the other builds are offline, so only build 7 can have fetched it.
def cachedMetadata = new File(localRepositoryPath, 'dev/dataproduct/it/offline-orders/maven-metadata-it-releases.xml')
assert cachedMetadata.isFile() : "build 7 did not ask it-releases: no ${cachedMetadata}"
assert cachedMetadata.text.contains('<version>1.0.0</version>')
expect 7, '[INFO] Compared offline-orders 1.1.0 with 1.0.0: 1 output port, 1 breaking change, 0 warnings'
expect 7, 'ERROR [COMPAT-WIRE] Value of port "orders" is not BACKWARD compatible with 1.0.0'

// 8. Offline again, with what build 7 cached: the same verdict, and the log says where it came from.
expect 8, "[INFO] Offline: the releases of ${ga} are those the local repository cached from it-releases (file:${basedir.path}/v1.1.0/../repo) in an earlier online build; not asked: outer-local (file:"
expect 8, '[INFO] Compared offline-orders 1.1.0 with 1.0.0: 1 output port, 1 breaking change, 0 warnings'
expect 8, 'ERROR [COMPAT-WIRE] Value of port "orders" is not BACKWARD compatible with 1.0.0'

assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
