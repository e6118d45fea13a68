// A registry that stops halfway: bounded retries, then a build error naming its URL and saying
// which subjects were registered before; the catalog is not updated. Then a registry that is down.
def url = context.get('url')
try {
  def log = new File(basedir, 'build.log').text
  // Each build starts with this line; what comes before the first is the hooks' and Maven's preamble.
  def steps = log.split(/\[INFO\] Scanning for projects\.\.\./).drop(1)
  assert steps.size() == 2 : "expected two builds in build.log, found " + steps.size()
  def first = 'sales.stopped-orders.order-events.v1-key'
  assert context.get('registrations') == ["/apis/ccompat/v7/subjects/${first}/versions"] : 'the registry stopped after the first registration'

  // 1. The retries are visible, the error is one line that names the registry and the partial registration.
  assert steps[0].contains("[WARNING] The schema registry at ${url} did not answer POST /subjects/sales.stopped-orders.order-events.v1-value (")
  assert steps[0].contains('attempt 4 of 4 in 2000 ms')
  def error = steps[0].readLines().find { it.startsWith('[ERROR] Failed to execute goal dev.dataproduct:dataproduct-maven-plugin') }
  assert error != null : 'no publish error'
  assert error.contains("The schema registry at ${url} did not answer POST /subjects/sales.stopped-orders.order-events.v1-value after 4 attempts (")
  assert error.contains("Registration is incomplete: registered before the failure: ${first} (id ")
  assert error.contains('; not confirmed: sales.stopped-orders.order-events.v1-value, sales.stopped-orders.order-totals.v1-value; ')
  // The levels the check set on the subjects not registered are to be set back: the first try finds
  // the registry down, and the others are not tried.
  assert error.contains('; the check set the compatibility of sales.stopped-orders.order-events.v1-value to ') && error.contains(') and could not set it back (')
  assert error.contains('; the check set the compatibility of sales.stopped-orders.order-totals.v1-value to ')
  assert error.contains(') and it was not set back (the registry did not answer for sales.stopped-orders.order-events.v1-value). The catalog was not updated; run the build again once the registry answers (registered schemas are not registered twice)')
  assert steps[0].contains('MojoExecutionException')
  assert !steps[0].contains('[INFO] Published ')
  assert !new File(basedir, 'catalog/products').exists()

  // 2. Down from the start: nothing registered, the URL named, the catalog still untouched.
  assert steps[1].contains("The schema registry at ${url} did not answer GET /config/${first} after 4 attempts (connection refused); check that it runs and that dataproduct.registry.url is right")
  assert !steps[1].contains('Registration is incomplete')
  assert !new File(basedir, 'catalog/products').exists()

  assert !(log =~ /(?m)^\s+at [a-z]+\./) : 'build.log shows a stack trace'
} finally {
  context.get('proxy')?.stop(0)
  context.get('registry')?.stop()
}
