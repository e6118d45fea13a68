// Four builds: import from a real registry (twice), import from ODCS contracts, then build the import.
def registry = context.get('registry')
try {
  // The builds append to one log; each starts with Maven's first line.
  def log = new File(basedir, 'build.log').text
  def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert steps.size() == 4 : "expected four builds in build.log, found " + steps.size()
  def dir = new File(basedir, 'registry')

  // 1. One port per <topic>-value subject under the prefix, the -key subject as its key, Money shared in a file of its own.
  def descriptor = new File(dir, 'dataproduct.yaml').text
  assert descriptor.contains('name: imported\ndomain: sales\n') : descriptor
  assert descriptor.contains('- name: order-events\n    topic: sales.imported.order-events.v1\n    key:\n      type: string\n      encoding: avro\n') : descriptor
  assert descriptor.contains('- name: order-totals\n    topic: sales.imported.order-totals.v1\n') : descriptor
  assert descriptor.contains('encoding: confluent') : descriptor
  assert !descriptor.contains('crm.customers') : 'a topic outside the prefix was imported'
  ['OrderEvent', 'OrderTotal', 'Money'].each { assert new File(dir, "src/main/avro/com/example/imported/${it}.avsc").isFile() : it }
  assert new File(dir, 'src/main/avro/com/example/imported/OrderEvent.avsc').text.contains('"type" : "Money"')
  def url = registry.url()
  assert steps[0].contains("[WARNING] ${url}/subjects/sales.imported.order-totals.v1-value:1:1: WARNING [IMPORT-UNMAPPED] Topic sales.imported.order-totals.v1 has no key subject: the port is imported without a key")
  assert steps[0].contains("[WARNING] ${url}/subjects/legacy-orders:1:1: WARNING [IMPORT-UNMAPPED] Subject legacy-orders does not follow <topic>-key / <topic>-value; it is not imported")
  assert steps[0].contains('[INFO] Imported 4 files into ')
  assert !dir.list().any { it.startsWith('.dataproduct-import-') } : 'a staging folder was left behind'

  // 2. The same import again refuses to overwrite, and leaves the files as they were.
  assert steps[1].contains('Nothing was imported: dataproduct.yaml, src/main/avro/com/example/imported/Money.avsc,')
  assert steps[1].contains('the import never overwrites a file')
  assert new File(dir, 'dataproduct.yaml').text == descriptor

  // 3. and 4. The orders contracts the plugin's ODCS export wrote become the orders product again, which builds.
  def odcs = new File(basedir, 'odcs')
  def odcsLog = steps[2] + steps[3]
  assert odcsLog.contains('[INFO] Imported 4 files into ')
  assert !odcsLog.contains('IMPORT-UNMAPPED') : 'the plugin\'s own export maps completely'
  def imported = new File(odcs, 'dataproduct.yaml').text
  assert imported.contains('name: orders\ndomain: sales\ntitle: Web shop orders\n') : imported
  assert imported.contains('compatibility: BACKWARD_TRANSITIVE') && imported.contains('retention: infinite')
  assert new File(odcs, 'target/classes/META-INF/dataproduct/exports/odcs/order-events.odcs.yaml').isFile() : 'the imported product did not build'
  assert new File(odcs, 'target/generated-sources/dataproduct').isDirectory()
} finally {
  registry.stop()
}
true
