// A legacy product adopts the plugin: one top-level union file with every event type, no field documented.
evaluate(new File(verifyHelpers))
def steps = log.split(/\[INFO\] BUILD (SUCCESS|FAILURE)/)
assert steps.size() >= 4 : "expected three builds in build.log"
def file = 'src/main/avro/com/example/orders/OrderEvents.avsc'

// 1. The union file loads and generates: a class per type, a typed client per port for the type it names; released.
assert steps[0].contains('[INFO] Generated legacy-orders 1.0.0 into target/generated-sources/dataproduct: 4 Avro classes, 2 producers, 2 consumers (')
def generated = new File(basedir, 'v1.0.0/target/generated-sources/dataproduct/dataproduct/sales/legacyorders/OrdersPlacedProducer.java').text
assert generated.contains('extends PortProducer<String, com.example.orders.OrderPlaced>') : 'the orders-placed producer sends OrderPlaced'
assert new File(basedir, 'repo/dev/dataproduct/it/legacy-orders/1.0.0/legacy-orders-1.0.0.jar').isFile()
assert steps[0].contains("[WARNING] ${file}:22:16: WARNING [GOVERNANCE-FIELD-DOC] Field \"orderId\" of record \"com.example.orders.OrderPlaced\" has no doc")

// 2. fieldRules=changed: only the changed field (quantity, int to long) and the new undocumented one (coupon)
//    are held; the legacy fields, and giftWrap (new, documented), are not.
def second = steps[1]
assert second.contains('[INFO] Field rules hold only fields new or changed since 1.0.0 (dataproduct.fieldRules=changed)')
assert second.contains("[ERROR] ${file}:23:16: ERROR [GOVERNANCE-FIELD-DOC] Field \"quantity\" of record \"com.example.orders.OrderPlaced\" has no doc")
assert second.contains("[ERROR] ${file}:25:16: ERROR [GOVERNANCE-FIELD-DOC] Field \"coupon\" of record \"com.example.orders.OrderPlaced\" has no doc")
assert second.count('[GOVERNANCE-FIELD-DOC]') == 2 : second
// The goal's failure line follows Maven's BUILD FAILURE line, so it is in the next part.
assert steps[2].contains('dataproduct:validate found 2 errors in the data product contract')

// 3. Every field held: the legacy fields fail too.
def third = steps[2]
assert !third.contains('Field rules hold only fields new or changed')
assert third.contains("[ERROR] ${file}:22:16: ERROR [GOVERNANCE-FIELD-DOC] Field \"orderId\" of record \"com.example.orders.OrderPlaced\" has no doc")
assert steps[3].contains('dataproduct:validate found 8 errors in the data product contract')

assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
