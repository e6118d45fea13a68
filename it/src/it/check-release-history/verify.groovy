// Ten builds against one file-based repository: a first release, a compatible release, a break
// that only the transitive port catches, the same break waived (offline), four baseline options,
// and the waived release's waiver kept into the next release, which breaks the port again.
evaluate(new File(verifyHelpers))
// The builds append to one log; each ends with Maven's BUILD line.
def steps = log.split(/\[INFO\] BUILD (SUCCESS|FAILURE)/)
assert steps.size() >= 10 : "expected ten builds in build.log"

// 1. First release: nothing to compare with, and it says so.
expect '[INFO] No earlier release of dev.dataproduct.it:check-orders below 1.0.0 in outer-local'
expect 'or the local repository; this is the first release'
expect '[INFO] Generated check-orders 1.0.0 into target/generated-sources/dataproduct: 2 Avro classes, 2 producers, 2 consumers ('
expect '; packed the contract into META-INF/dataproduct: 2 output ports, no earlier release ('

// The released jar in the file repository carries its contract.
def repo = new File(basedir, 'repo/dev/dataproduct/it/check-orders')
def jar100 = new java.util.jar.JarFile(new File(repo, '1.0.0/check-orders-1.0.0.jar'))
['contract.json', 'dataproduct.yaml', 'ports/all-releases/value.avsc', 'ports/latest-only/key.avsc'].each {
  assert jar100.getEntry('META-INF/dataproduct/' + it) != null : "1.0.0 jar lacks " + it
}
assert new String(jar100.getInputStream(jar100.getEntry('META-INF/dataproduct/dataproduct.yaml')).readAllBytes(), 'UTF-8').contains('version: 1.0.0')

// 2. 1.1.0 is compared with 1.0.0 resolved from the repository, and carries 1.0.0's schemas as history.
expect '; packed the contract into META-INF/dataproduct: 2 output ports, schema history carried from 1.0.0 ('
expect '[INFO] Compared check-orders 1.1.0 with 1.0.0: 2 output ports, 0 breaking changes, 0 warnings'
def jar110 = new java.util.jar.JarFile(new File(repo, '1.1.0/check-orders-1.1.0.jar'))
assert jar110.getEntry('META-INF/dataproduct/history/all-releases/value/1.0.0.avsc') != null

// 3. 1.2.0 is compatible with 1.1.0, but not with 1.0.0: only the BACKWARD_TRANSITIVE port fails, naming 1.0.0.
expect '[INFO] Compared check-orders 1.2.0 with 1.1.0: 2 output ports, 1 breaking change, 0 warnings'
expect '[ERROR] src/main/avro/com/example/orders/AllReleases.avsc:9:32: ERROR [COMPAT-WIRE] Value of port "all-releases" is not BACKWARD_TRANSITIVE compatible with 1.0.0: Field "status" of record "com.example.orders.AllReleases" has type int in the new schema, which cannot read string written with the previous schema'
expect '[ERROR] pom.xml:8:12: ERROR [VERSION-MAJOR-FOR-BREAKING] 1.2.0 makes 1 breaking change to the contract of 1.1.0 but keeps major version 1'
expect '    hint: Release it as 2.0.0, or make the change compatible: add a new port on a new topic in a minor release, deprecate the old port, and remove it in the next major.'
assert steps[2].contains('Value of port "all-releases" is not BACKWARD_TRANSITIVE compatible with 1.0.0')
assert !steps[2].contains('Value of port "latest-only"') : 'the latest-only port must not see the 1.0.0 break'
expect 'dataproduct:check found 2 errors in the data product contract'

// 4. The waiver turns the break into information that carries its justification; the build passes.
expect '[INFO] Compared check-orders 1.2.0 with 1.1.0: 2 output ports, 0 breaking changes, 0 warnings'
expect '[INFO] src/main/avro/com/example/orders/AllReleases.avsc:9:32: INFO [COMPAT-WIRE] Value of port "all-releases" is not BACKWARD_TRANSITIVE compatible with 1.0.0'
expect '(waived: Every consumer reads from offsets written after 1.1.0; agreed with them on 2026-11-20.)'
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'v1.2.0-waived/target/dataproduct/check-report.json'))
def waived = report.findings.find { it.ruleId == 'COMPAT-WIRE' }
assert waived.severity == 'INFO' && waived.waived && waived.justification.startsWith('Every consumer reads')

assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'

// 5. An explicit baseline version: both ports are now compared with 1.0.0.
expect '[INFO] Compared check-orders 1.2.0 with 1.0.0: 2 output ports, 2 breaking changes, 0 warnings'
assert steps[4].contains('ERROR [COMPAT-WIRE] Value of port "latest-only" is not BACKWARD compatible with 1.0.0')

// 6. dataproduct.baseline=none compares with nothing, and says so.
assert steps[5].contains('[INFO] dataproduct.baseline is none: nothing to compare check-orders 1.2.0 with')
assert !steps[5].contains('this is the first release')

// 7. A version pattern picks the newest matching release.
assert steps[6].contains('[INFO] Compared check-orders 1.2.0 with 1.0.0: 2 output ports, 2 breaking changes, 0 warnings')

// 8. A jar on disk: its contract says which release it is.
assert steps[7].contains('[INFO] Compared check-orders 1.2.0 with 1.1.0: 2 output ports, 1 breaking change, 0 warnings')

// 9. The waived release is deployed, waiver and all.
assert steps[8].contains('[INFO] Compared check-orders 1.2.0 with 1.1.0: 2 output ports, 0 breaking changes, 0 warnings')

// 10. 1.3.0 keeps 1.2.0's waiver as it was and breaks the port again. The waiver is in 1.2.0's
//     descriptor: it still accepts the break 1.2.0 accepted (found again against 1.0.0 at the
//     transitive level), but not the new one, which fails and says why.
assert steps[9].contains('[INFO] Compared check-orders 1.3.0 with 1.2.0: 2 output ports, 1 breaking change, 0 warnings')
assert steps[9].contains('INFO [COMPAT-WIRE] Value of port "all-releases" is not BACKWARD_TRANSITIVE compatible with 1.0.0: Field "status"')
assert steps[9].contains('(waived: Every consumer reads from offsets written after 1.1.0; agreed with them on 2026-11-20.)')
assert steps[9].contains('ERROR [COMPAT-WIRE] Value of port "all-releases" is not BACKWARD_TRANSITIVE compatible with 1.0.0, 1.1.0 and 1.2.0: Field "note"')
assert steps[9].contains('the waiver of COMPAT-WIRE for outputPorts/all-releases (waivers[0]) is kept from 1.2.0, where it accepted that release\'s break; this break is new: give it a waiver of its own that says why it is accepted.')
assert !steps[9].contains('WAIVER-UNUSED') : 'the waiver still accepted 1.2.0\'s break'

// Every check writes what changed as Markdown for a pull-request comment, and says where at INFO.
def changes = { String project -> new File(basedir, project + '/target/dataproduct/check-changes.md') }
expect '[INFO] Contract changes for a pull-request comment: ' + changes('v1.0.0').canonicalPath
def first = changes('v1.0.0').getText('UTF-8')
assert first.startsWith('## check-orders 1.0.0: first release\n') : first
assert first.contains('| `all-releases` | `') && first.contains('| BACKWARD_TRANSITIVE |') : first
// The waived break: the port breaks 1.0.0 at its transitive level, the waiver keeps the release compatible.
def waivedChanges = changes('v1.2.0-waived').getText('UTF-8')
for (line in [
    '## check-orders 1.2.0 compared with 1.1.0\n',
    '**Verdict: compatible** · check passes with 0 errors, 0 warnings\n',
    '### Port `all-releases` changed: breaking\n',
    '| value | `status` | added | breaking | int, default 0 |\n',
    'Rules: `COMPAT-WIRE`\n',
    '| INFO (waived) | `COMPAT-WIRE` | `src/main/avro/com/example/orders/AllReleases.avsc:9:32` |']) {
  assert waivedChanges.contains(line) : "check-changes.md of v1.2.0-waived lacks: " + line + "\n" + waivedChanges
}
