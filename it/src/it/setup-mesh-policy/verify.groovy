// The policy jar carries its policy where the plugin looks for it.
def jar = new java.util.jar.JarFile(new File(basedir, 'target/mesh-policy-1.2.0.jar'))
assert jar.getEntry('META-INF/dataproduct/policy.yaml') != null
