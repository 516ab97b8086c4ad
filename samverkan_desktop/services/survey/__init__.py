"""Employees' written answers from a survey export (Microsoft Forms or another survey tool).

``reading`` turns an .xlsx or CSV file into columns and drops the respondents' identity
on the way in; ``columns`` recognises what each column is (a question of the guide, a
rating item, a group); ``hme`` knows SKR's nine HME items; ``importing`` writes the
answers as a session of written answers (skriftliga svar) and the rating items as the
round's results, in one transaction; ``results`` reads the rating items back.
"""
