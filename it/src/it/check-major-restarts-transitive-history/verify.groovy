// A BACKWARD_TRANSITIVE port across a major release: 2.0.0 breaks 1.0.0 (allowed by the major),
// 2.1.0 identical to 2.0.0 passes, 2.2.0 breaks 2.0.0 and fails naming 2.0.0 (and not 1.0.0).
evaluate(new File(verifyHelpers))
assert builds.size() == 4 : "expected four builds in build.log, found " + builds.size()
def repo = new File(basedir, 'repo/dev/dataproduct/it/major-orders')
def index = { String version ->
  def jar = new java.util.jar.JarFile(new File(repo, "${version}/major-orders-${version}.jar"))
  try {
    new groovy.json.JsonSlurper().parseText(new String(jar.getInputStream(jar.getEntry('META-INF/dataproduct/contract.json')).readAllBytes(), 'UTF-8'))
  } finally {
    jar.close()
  }
}

// 1. The first release.
expect 1, 'this is the first release'
assert index('1.0.0').ports.orders.transitiveFrom == null

// 2. The major release may break 1.0.0; the break is a warning that names the major.
expect 2, '[INFO] Compared major-orders 2.0.0 with 1.0.0: 1 output port, 1 breaking change allowed by the major version 2, 1 warning'
expect 2, '[INFO] Port "orders": 2.0.0 breaks the releases before it, as its major version allows; its transitive history starts again here, so later releases are compared with 2.0.0 and those after it'
expect 2, 'WARNING [COMPAT-WIRE] Value of port "orders" is not BACKWARD_TRANSITIVE compatible with 1.0.0: Field "status" of record "com.example.orders.Order" has type int in the new schema, which cannot read string written with the previous schema (allowed by the major version 2)'
expect 2, '[INFO] BUILD SUCCESS'
def v200 = index('2.0.0').ports.orders
assert v200.transitiveFrom == '2.0.0' : 'the 2.0.0 jar records where the history restarts: ' + v200
assert v200.valueHistory*.version == ['1.0.0'] : 'the schema of 1.0.0 stays in the history: ' + v200.valueHistory

// 3. Identical to 2.0.0: compared with 2.0.0 only, nothing breaks; the restart is carried on.
expect 3, '[INFO] Compared major-orders 2.1.0 with 2.0.0: 1 output port, 0 breaking changes, 0 warnings'
absent 3, 'COMPAT-WIRE'
absent 3, 'VERSION-MAJOR-FOR-BREAKING'
absent 3, 'its transitive history starts again here'
expect 3, '[INFO] BUILD SUCCESS'
def v210 = index('2.1.0').ports.orders
assert v210.transitiveFrom == '2.0.0' : v210
assert v210.valueHistory*.version == ['1.0.0', '2.0.0'] : v210.valueHistory

// 4. A break against the major is still found, and named; 1.0.0 is no longer compared with.
expect 4, '[INFO] Compared major-orders 2.2.0 with 2.1.0: 1 output port, 1 breaking change, 0 warnings'
expect 4, '[ERROR] src/main/avro/com/example/orders/Order.avsc:9:5: ERROR [COMPAT-WIRE] Value of port "orders" is not BACKWARD_TRANSITIVE compatible with 2.0.0 and 2.1.0: Field "channel" of record "com.example.orders.Order" is not in the previous schema and has no default'
expect 4, '[ERROR] pom.xml:8:12: ERROR [VERSION-MAJOR-FOR-BREAKING] 2.2.0 makes 1 breaking change to the contract of 2.1.0 but keeps major version 2'
absent 4, 'compatible with 1.0.0'
expect 4, '[INFO] BUILD FAILURE'

assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
