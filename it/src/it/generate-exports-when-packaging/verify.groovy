import java.util.zip.ZipFile

evaluate(new File(verifyHelpers))

def contract = new File(basedir, 'target/classes/META-INF/dataproduct')
def jar = new File(basedir, 'target/exports-when-packaging-1.0.0.jar')

// 1. The packaged jar carries the exports beside the contract.
assert jar.isFile() : 'build 1 packaged no jar'
new ZipFile(jar).withCloseable { zip ->
  ['META-INF/dataproduct/contract.json',
   'META-INF/dataproduct/exports/asyncapi.json',
   'META-INF/dataproduct/exports/odps.yaml',
   'META-INF/dataproduct/exports/openlineage.json',
   'META-INF/dataproduct/exports/odcs/order-events.odcs.yaml'].each { entry ->
    assert zip.getEntry(entry) != null : "the jar lacks ${entry}"
  }
}
absent 1, 'the exports in the open standards are packed by a build that packages the jar'

// 2. Nothing changed: the compile does nothing, and keeps the exports build 1 packed.
expect 2, 'are current: no input changed since the last build'

// 3. An unknown value of the option.
expect 3, 'dataproduct.exports is "never": give package (pack the exports in the open standards in builds that package the jar, the default) or always (in every build)'

// 4. A compile that runs generate packs the contract without the exports, and says where they come from.
expect 4, 'the exports in the open standards are packed by a build that packages the jar'
assert new File(contract, 'contract.json').isFile() : 'build 4 packed no contract'
assert !new File(contract, 'exports').exists() : 'build 4 left the exports of build 1 beside a newer contract'
assert new File(basedir, 'target/generated-sources/dataproduct/com/example/shop/clients').isDirectory() : 'build 4 did not generate with its option'
